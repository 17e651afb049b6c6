import type { FlameFrame, WeightedStack } from './flame-node';
import type { FlameNode } from '../contract/profile-models';

/** How a frame is labelled: its function, or `module+0xaddress` when it has no symbol. */
export function frameLabel(frame: FlameFrame): string {
  if (frame.functionName !== '') return frame.functionName;
  const module = frame.module.split('/').pop() || '[unknown]';
  return `${module}+0x${BigInt(frame.address).toString(16)}`;
}

function newNode(name: string, frame: FlameFrame | undefined): FlameNode {
  return {
    name,
    value: 0,
    self: 0,
    frameType: frame?.frameType ?? '',
    file: frame?.fileName ?? '',
    line: frame?.line ?? 0,
    module: frame?.module ?? '',
    children: [],
  };
}

/**
 * Folds leaf-first stacks into a root-first call tree. Frames merge with a sibling of the same
 * label and module (so one function called from two lines is one node, as in most profilers);
 * children are ordered heaviest first so the view is stable.
 */
export function stackRowsToFlameTree(
  stacks: readonly WeightedStack[],
  rootName: string,
): FlameNode {
  const root = newNode(rootName, undefined);
  const index = new Map<FlameNode, Map<string, FlameNode>>();
  for (const stack of stacks) {
    if (stack.value <= 0) continue;
    root.value += stack.value;
    let node = root;
    for (let i = stack.frames.length - 1; i >= 0; i--) {
      const frame = stack.frames[i];
      if (!frame) continue;
      const label = frameLabel(frame);
      const key = `${label}\u0000${frame.module}`;
      let kids = index.get(node);
      if (!kids) {
        kids = new Map();
        index.set(node, kids);
      }
      let child = kids.get(key);
      if (!child) {
        child = newNode(label, frame);
        kids.set(key, child);
        node.children.push(child);
      }
      child.value += stack.value;
      node = child;
    }
    node.self += stack.value;
  }
  sortHeaviestFirst(root);
  return root;
}

function sortHeaviestFirst(node: FlameNode): void {
  node.children.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  for (const child of node.children) sortHeaviestFirst(child);
}

/** Draws a tree as indented text, `name value (self)`: for tests and debugging. */
export function drawFlameTree(node: FlameNode, depth = 0): string {
  const line = `${'  '.repeat(depth)}${node.name} ${node.value}${node.self ? ` (self ${node.self})` : ''}`;
  return [line, ...node.children.map((c) => drawFlameTree(c, depth + 1))].join('\n');
}
