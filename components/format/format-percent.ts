/** A share of a whole as "12.3%" ("<0.1%" for tiny non-zero shares, "0%" for none). */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0%';
  const pct = (100 * part) / whole;
  if (pct < 0.1) return '<0.1%';
  return `${pct >= 10 ? pct.toFixed(0) : pct.toFixed(1)}%`;
}
