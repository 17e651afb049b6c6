import type { FlameNode } from '@/lib/contract/profile-models';

/** A function's weight across the whole tree. */
export interface FunctionWeight {
  name: string;
  frameType: string;
  /** Weight of samples whose leaf is this function. */
  self: number;
  /** Weight of samples with this function anywhere on the stack, each sample counted once. */
  total: number;
}

/**
 * Per-function self and total weights of the functions that ran themselves (self > 0), heaviest
 * self first: a function that only called others is in the flame graph, not in this list. Total skips a frame whose function
 * is already on the path above it, so recursion does not count a sample twice. The root (the
 * span itself) is not a function and is left out.
 */
export function topFunctions(root: FlameNode): FunctionWeight[] {
  const byName = new Map<string, FunctionWeight>();
  const onPath = new Map<string, number>();
  const visit = (node: FlameNode): void => {
    const key = `${node.name}\u0000${node.frameType}`;
    let entry = byName.get(key);
    if (!entry) {
      entry = { name: node.name, frameType: node.frameType, self: 0, total: 0 };
      byName.set(key, entry);
    }
    entry.self += node.self;
    const depth = onPath.get(key) ?? 0;
    if (depth === 0) entry.total += node.value;
    onPath.set(key, depth + 1);
    for (const child of node.children) visit(child);
    onPath.set(key, depth);
  };
  for (const child of root.children) visit(child);
  return [...byName.values()]
    .filter((f) => f.self > 0)
    .sort((a, b) => b.self - a.self || b.total - a.total || a.name.localeCompare(b.name));
}

/** Case-insensitive substring match; the flame graph and the match share use the same rule. */
export function frameMatches(name: string, term: string): boolean {
  return term !== '' && name.toLowerCase().includes(term.toLowerCase());
}

/**
 * Weight of the frames matching `term`, counting a matching frame under a matching ancestor
 * once (as d3-flame-graph's own search sum does), and how many frames match.
 */
export function searchShare(root: FlameNode, term: string): { value: number; frames: number } {
  let value = 0;
  let frames = 0;
  const visit = (node: FlameNode, underMatch: boolean): void => {
    const match = frameMatches(node.name, term);
    if (match) frames++;
    if (match && !underMatch) value += node.value;
    for (const child of node.children) visit(child, underMatch || match);
  };
  for (const child of root.children) visit(child, false);
  return { value, frames };
}

/** Frame types present in the tree, most weight first, for the legend. */
export function frameTypesIn(root: FlameNode): string[] {
  const weight = new Map<string, number>();
  const visit = (node: FlameNode): void => {
    weight.set(node.frameType, (weight.get(node.frameType) ?? 0) + node.self);
    for (const child of node.children) visit(child);
  };
  for (const child of root.children) visit(child);
  return [...weight].sort((a, b) => b[1] - a[1]).map(([type]) => type);
}
