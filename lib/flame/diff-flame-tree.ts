import type { DiffNode, FlameNode } from '../contract/profile-models';

/**
 * Merges two flame trees of one shape into a differential tree: each call path once, carrying
 * the target's weight (value, self) and the baseline's (baseline, baselineSelf), each divided by
 * its side's span count so cohorts of different sizes compare per span. A path only the baseline
 * has is kept with value 0, so what disappeared can still be listed.
 */
export function diffFlameTree(
  target: FlameNode,
  targetSpans: number,
  baseline: FlameNode,
  baselineSpans: number,
): DiffNode {
  const t = targetSpans > 0 ? 1 / targetSpans : 0;
  const b = baselineSpans > 0 ? 1 / baselineSpans : 0;
  return merge(target, t, baseline, b, target.name);
}

const keyOf = (n: FlameNode): string => `${n.name}\u0000${n.module}`;

function merge(
  target: FlameNode | undefined,
  t: number,
  baseline: FlameNode | undefined,
  b: number,
  name: string,
): DiffNode {
  const like = target ?? baseline;
  const baseKids = new Map((baseline?.children ?? []).map((c) => [keyOf(c), c]));
  const children: DiffNode[] = [];
  for (const child of target?.children ?? []) {
    const key = keyOf(child);
    children.push(merge(child, t, baseKids.get(key), b, child.name));
    baseKids.delete(key);
  }
  for (const child of baseKids.values()) children.push(merge(undefined, t, child, b, child.name));
  return {
    name,
    value: (target?.value ?? 0) * t,
    baseline: (baseline?.value ?? 0) * b,
    self: (target?.self ?? 0) * t,
    baselineSelf: (baseline?.self ?? 0) * b,
    frameType: like?.frameType ?? '',
    file: like?.file ?? '',
    line: like?.line ?? 0,
    module: like?.module ?? '',
    children,
  };
}
