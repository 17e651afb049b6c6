import type { DiffNode } from '@/lib/contract/profile-models';

/** The largest change of any frame below the root: what the strongest colour stands for. */
export function largestChange(tree: DiffNode): number {
  let largest = 0;
  const walk = (n: DiffNode): void => {
    for (const c of n.children) {
      largest = Math.max(largest, Math.abs(c.value - c.baseline));
      walk(c);
    }
  };
  walk(tree);
  return largest;
}

export const gainColor = 'hsl(4 72% 52%)';
export const lossColor = 'hsl(212 72% 50%)';
const sameColor = 'hsl(220 8% 84%)';

/**
 * A differential frame's fill: red where the target spends more per span than the baseline,
 * blue where it spends less, stronger the larger the change against the largest one; grey when
 * nothing changed.
 */
export function diffColor(node: DiffNode, largest: number): string {
  const delta = node.value - node.baseline;
  if (largest <= 0 || Math.abs(delta) < largest * 0.02) return sameColor;
  const strength = Math.min(Math.abs(delta) / largest, 1);
  const lightness = Math.round(90 - strength * 38);
  return delta > 0 ? `hsl(4 72% ${lightness}%)` : `hsl(212 72% ${lightness}%)`;
}
