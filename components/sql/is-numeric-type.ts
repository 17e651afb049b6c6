/** Numeric ClickHouse types, possibly wrapped in Nullable or LowCardinality. */
const numeric = /^(?:(?:Nullable|LowCardinality)\()*(?:U?Int\d+|Float\d+|Decimal|BFloat16)/;

/** Whether a column's values are numbers (sorted by value, aligned right). */
export function isNumericType(type: string): boolean {
  return numeric.test(type);
}
