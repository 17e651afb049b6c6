/** Three significant digits, without trailing zeros: 1.5, 12.3, 128. */
function short(value: number): string {
  return String(Number(value.toPrecision(3)));
}

/** A duration in nanoseconds as people read it: "820 µs", "12.3 ms", "1.25 s", "3.2 min". */
export function formatDuration(ns: number): string {
  if (!Number.isFinite(ns) || ns < 0) return '–';
  if (ns >= 60e9) return `${short(ns / 60e9)} min`;
  if (ns >= 1e9) return `${short(ns / 1e9)} s`;
  if (ns >= 1e6) return `${short(ns / 1e6)} ms`;
  if (ns >= 1e3) return `${short(ns / 1e3)} µs`;
  return `${Math.round(ns)} ns`;
}
