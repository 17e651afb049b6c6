/**
 * A console result as JSON records, one object per row keyed by column name, values as the API
 * sent them (64-bit integers stay strings). A repeated column name keeps its last value.
 */
export function resultToRecords(
  columns: readonly { name: string }[],
  rows: readonly (readonly unknown[])[],
): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i] ?? null])));
}
