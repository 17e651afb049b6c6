import { frameLabel } from '../flame/stack-rows-to-flame-tree';
import type { DownloadInput } from './download-input';

/**
 * Collapsed stacks (flamegraph.pl, speedscope, inferno): `root;…;leaf weight`, one line per
 * stack, heaviest first.
 */
export function stacksToCollapsed(input: DownloadInput): string {
  return [...input.stacks]
    .filter((s) => s.value > 0)
    .sort((a, b) => b.value - a.value)
    .map((s) => {
      const path = [...s.frames].reverse().map((f) => frameLabel(f).replace(/[;\n]/g, '_'));
      return `${path.join(';')} ${Math.round(s.value)}`;
    })
    .join('\n')
    .concat(input.stacks.length > 0 ? '\n' : '');
}
