import { cellText } from './cell-text';
import { isNumericType } from './is-numeric-type';

/** A click on a column header: which column (its index) and which way. */
export interface ResultSort {
  column: number;
  direction: 'asc' | 'desc';
}

const integer = /^-?\d+$/;

const collator = new Intl.Collator('en', { numeric: true });

/** 64-bit integers arrive as strings: compare them as bigint so they keep their precision. */
function numericKey(value: unknown): number | bigint | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value !== '') {
    if (integer.test(value)) return BigInt(value);
    const n = Number(value);
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

function compareNumeric(a: unknown, b: unknown): number {
  const x = numericKey(a);
  const y = numericKey(b);
  if (x === undefined || y === undefined) return collator.compare(cellText(a), cellText(b));
  // `<` compares a bigint with a number exactly.
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The rows ordered by one column, in a new array: numeric columns by value, the rest as text
 * (numbers inside text in numeric order). NULLs go last either way; ties keep their order.
 */
export function sortRows(
  rows: readonly (readonly unknown[])[],
  columnType: string,
  sort: ResultSort,
): unknown[][] {
  const compare = isNumericType(columnType)
    ? compareNumeric
    : (a: unknown, b: unknown) => collator.compare(cellText(a), cellText(b));
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row) => [...row])
    .sort((r, s) => {
      const a = r[sort.column];
      const b = s[sort.column];
      const aNull = a === null || a === undefined;
      const bNull = b === null || b === undefined;
      if (aNull || bNull) return aNull === bNull ? 0 : aNull ? 1 : -1;
      return sign * compare(a, b);
    });
}
