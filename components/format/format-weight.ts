import { formatDuration } from './format-duration';

/** A profile weight in its unit: CPU time for nanoseconds, a plain count otherwise. */
export function formatWeight(value: number, unit: string): string {
  if (unit === 'nanoseconds') return formatDuration(value);
  const n = value >= 1e6 ? `${(value / 1e6).toFixed(1)}M` : value.toLocaleString('en-US');
  return unit && unit !== 'count' ? `${n} ${unit}` : n;
}
