/**
 * A result value as text: strings as they are (64-bit integers and dates arrive as strings),
 * numbers and booleans printed, arrays, maps and tuples as JSON; NULL is ''.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value);
}
