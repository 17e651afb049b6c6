import type { SampleKind } from '@/lib/correlation/sample-kinds';
import type { ThreadLane, TimelineChild, TimelineSampleType } from '@/lib/contract/timeline-models';
import type { SpanViewSlice } from '../url/span-view-url';

/** The strip's geometry in px: a label column, then the span's time. */
export const stripGeometry = {
  labelWidth: 150,
  axisHeight: 16,
  childRowHeight: 14,
  laneHeight: 18,
  /** Child bars are packed into at most this many rows; more overlap in the last. */
  maxChildRows: 3,
} as const;

/** A fraction of the span's time, clamped to [0, 1]. */
export const clamp01 = (f: number): number => Math.min(1, Math.max(0, f));

/** A child bar: its row and where it starts and ends, as fractions of the span (clipped). */
export interface PlacedChild {
  child: TimelineChild;
  row: number;
  from: number;
  to: number;
}

/** Children packed into rows, each in the first row where it does not overlap the last bar. */
export function placeChildren(
  children: readonly TimelineChild[],
  durationNs: number,
): { placed: PlacedChild[]; rows: number } {
  const ends: number[] = [];
  const placed = children.flatMap((child): PlacedChild[] => {
    if (durationNs <= 0) return [];
    const from = clamp01(child.offsetNs / durationNs);
    const to = clamp01((child.offsetNs + child.durationNs) / durationNs);
    if (to <= 0 || from >= 1) return [];
    let row = ends.findIndex((end) => end <= from);
    if (row === -1) row = Math.min(ends.length, stripGeometry.maxChildRows - 1);
    ends[row] = Math.max(ends[row] ?? 0, to);
    return [{ child, row, from, to }];
  });
  return { placed, rows: ends.length };
}

/** The kind of each sample type on the lanes, as the API tells it from the data. */
export function kindsByType(types: readonly TimelineSampleType[]): Map<string, SampleKind> {
  return new Map(types.map((t) => [t.sampleType, t.kind]));
}

/** A lane's samples by kind, as fractions of the span; those outside the span are left out. */
export function laneMarks(
  lane: ThreadLane,
  kinds: ReadonlyMap<string, SampleKind>,
  durationNs: number,
): Record<SampleKind, number[]> {
  const out: Record<SampleKind, number[]> = { 'on-cpu': [], 'off-cpu': [], other: [] };
  if (durationNs <= 0) return out;
  for (const s of lane.samples) {
    const f = s.t / durationNs;
    if (f < 0 || f > 1) continue;
    out[kinds.get(s.sampleType) ?? 'other'].push(f);
  }
  return out;
}

/** The slice between two fractions of a span, in whole ns, in order. */
export function sliceBetween(a: number, b: number, durationNs: number): SpanViewSlice {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return {
    fromNs: Math.round(clamp01(lo) * durationNs),
    toNs: Math.round(clamp01(hi) * durationNs),
  };
}

/** How far one arrow key moves the keyboard's cursor: a fiftieth of the span. */
export const keyStep = 1 / 50;
