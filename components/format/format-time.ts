const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Local wall-clock time with milliseconds, "14:03:27.123": span starts within a day. */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** Local date and time, "2026-11-26 14:03:27". */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${date} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Unix ns (decimal string, beyond 2^53) to unix ms, for display only. */
export function nsToMs(unixNs: string): number {
  return Number(BigInt(unixNs) / 1_000_000n);
}

/** A time-axis tick: "14:05:30" within 10 minutes, "14:05" within a day, "11-26 14:05" beyond. */
export function formatAxisTime(ms: number, rangeMs: number): string {
  const d = new Date(ms);
  const clock = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  if (rangeMs <= 10 * 60_000) return `${clock}:${pad(d.getSeconds())}`;
  return rangeMs > 24 * 3_600_000 ? `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${clock}` : clock;
}
