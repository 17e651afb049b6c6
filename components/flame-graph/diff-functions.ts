import type { DiffNode } from '@/lib/contract/profile-models';

export interface FunctionDelta {
  name: string;
  frameType: string;
  /** Self weight per span in the target and in the baseline. */
  target: number;
  baseline: number;
  delta: number;
}

/** Self weight per function on both sides of a diff, largest change first. */
export function functionDeltas(tree: DiffNode): FunctionDelta[] {
  const byName = new Map<string, FunctionDelta>();
  const walk = (n: DiffNode): void => {
    for (const c of n.children) {
      const key = `${c.name}\u0000${c.frameType}`;
      const row = byName.get(key) ?? {
        name: c.name,
        frameType: c.frameType,
        target: 0,
        baseline: 0,
        delta: 0,
      };
      row.target += c.self;
      row.baseline += c.baselineSelf;
      row.delta = row.target - row.baseline;
      byName.set(key, row);
      walk(c);
    }
  };
  walk(tree);
  return [...byName.values()]
    .filter((r) => r.target > 0 || r.baseline > 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.name.localeCompare(b.name));
}
