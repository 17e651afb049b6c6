import { frameLabel } from '../flame/stack-rows-to-flame-tree';
import type { DownloadInput } from './download-input';

/** speedscope's file format (https://www.speedscope.app/file-format-schema.json), one sampled profile. */
export interface SpeedscopeFile {
  $schema: 'https://www.speedscope.app/file-format-schema.json';
  shared: { frames: { name: string; file?: string; line?: number }[] };
  profiles: {
    type: 'sampled';
    name: string;
    unit: 'nanoseconds' | 'none';
    startValue: number;
    endValue: number;
    samples: number[][];
    weights: number[];
  }[];
  name: string;
  activeProfileIndex: number;
  exporter: string;
}

/** The stacks as a speedscope sampled profile: frames shared, each sample root first. */
export function stacksToSpeedscope(input: DownloadInput): SpeedscopeFile {
  const frames: SpeedscopeFile['shared']['frames'] = [];
  const index = new Map<string, number>();
  const frameIndex = (f: DownloadInput['stacks'][number]['frames'][number]): number => {
    const name = frameLabel(f);
    const key = `${name}\u0000${f.fileName}\u0000${f.line}`;
    let i = index.get(key);
    if (i === undefined) {
      i =
        frames.push({
          name,
          ...(f.fileName ? { file: f.fileName } : {}),
          ...(f.line ? { line: f.line } : {}),
        }) - 1;
      index.set(key, i);
    }
    return i;
  };
  const stacks = input.stacks.filter((s) => s.value > 0);
  const samples = stacks.map((s) => [...s.frames].reverse().map(frameIndex));
  const weights = stacks.map((s) => Math.round(s.value));
  const total = weights.reduce((a, b) => a + b, 0);
  return {
    $schema: 'https://www.speedscope.app/file-format-schema.json',
    shared: { frames },
    profiles: [
      {
        type: 'sampled',
        name: input.name,
        unit: input.unit === 'nanoseconds' ? 'nanoseconds' : 'none',
        startValue: 0,
        endValue: total,
        samples,
        weights,
      },
    ],
    name: `${input.name} (${input.context.map(([k, v]) => `${k}=${v}`).join(', ')})`,
    activeProfileIndex: 0,
    exporter: 'traceprof',
  };
}
