import { cellText } from './cell-text';

/** A field quoted only when it must be: it holds a comma, a quote or a line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A console result as CSV (RFC 4180): a header row of column names, then one line per row,
 * CRLF line ends. NULL is an empty field; arrays, maps and tuples are their JSON.
 */
export function resultToCsv(
  columns: readonly { name: string }[],
  rows: readonly (readonly unknown[])[],
): string {
  const lines = [columns.map((c) => field(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((_, i) => field(cellText(row[i]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
