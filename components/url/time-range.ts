/** Relative ranges the explorer offers, in milliseconds back from now. */
export const rangePresets = {
  '15m': 15 * 60_000,
  '1h': 60 * 60_000,
  '6h': 6 * 60 * 60_000,
  '24h': 24 * 60 * 60_000,
  '7d': 7 * 24 * 60 * 60_000,
} as const;

export type RangePreset = keyof typeof rangePresets;

/**
 * The explorer's time range as the URL holds it: `range=1h` (relative to whenever the query
 * runs) or `from=&to=` in unix ms (absolute, so a shared link shows the same spans).
 */
export type TimeRange =
  { kind: 'preset'; preset: RangePreset } | { kind: 'absolute'; fromMs: number; toMs: number };

const defaultPreset: RangePreset = '1h';

/** The URL keys of a time range. */
export const timeRangeKeys = ['range', 'from', 'to'] as const;

export const defaultTimeRange: TimeRange = { kind: 'preset', preset: defaultPreset };

function isPreset(value: string | null): value is RangePreset {
  return value !== null && Object.hasOwn(rangePresets, value);
}

function unixMs(value: string | null): number | undefined {
  if (value === null || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

/** Reads `from`/`to` (both needed, from ≤ to) or `range`; anything else is the default hour. */
export function timeRangeFromParams(params: URLSearchParams): TimeRange {
  const fromMs = unixMs(params.get('from'));
  const toMs = unixMs(params.get('to'));
  if (fromMs !== undefined && toMs !== undefined && fromMs <= toMs) {
    return { kind: 'absolute', fromMs, toMs };
  }
  const preset = params.get('range');
  return isPreset(preset) ? { kind: 'preset', preset } : defaultTimeRange;
}

/** The URL parameters of a range; unset keys are '' so a patch removes them. */
export function timeRangeToParams(
  range: TimeRange,
): Record<(typeof timeRangeKeys)[number], string> {
  return range.kind === 'preset'
    ? { range: range.preset === defaultPreset ? '' : range.preset, from: '', to: '' }
    : { range: '', from: String(range.fromMs), to: String(range.toMs) };
}

/** Concrete bounds in unix ms; a preset ends at `nowMs`. */
export function resolveTimeRange(
  range: TimeRange,
  nowMs: number,
): { fromMs: number; toMs: number } {
  if (range.kind === 'absolute') return { fromMs: range.fromMs, toMs: range.toMs };
  return { fromMs: nowMs - rangePresets[range.preset], toMs: nowMs };
}
