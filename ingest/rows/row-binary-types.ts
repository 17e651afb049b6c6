import type { RowBinaryWriter } from './row-binary-writer';

/**
 * Writes one value of a column type in RowBinary. Values are what the row builders put in a
 * JSONCompactEachRow row today: strings, safe whole numbers, decimal strings for 64-bit integers
 * and for DateTime64(9) (integer nanoseconds or `seconds.nanoseconds`), arrays, and plain objects
 * of strings for maps.
 */
export type ValueWriter = (w: RowBinaryWriter, value: unknown) => void;

/** A value that does not fit its column's type; names the column (and the element path). */
export class RowBinaryValueError extends Error {
  constructor(path: string, expected: string, value: unknown) {
    super(`${path}: expected ${expected}, got ${describe(value)}`);
    this.name = 'RowBinaryValueError';
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'string'
    ? `the string ${JSON.stringify(value.slice(0, 40))}`
    : typeof value;
}

/** Splits `Name(a, b(c, d))`'s arguments at top-level commas. */
function typeArguments(type: string, name: string): string[] {
  const inner = type.slice(name.length + 1, -1);
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(inner.slice(start).trim());
  return out;
}

function wrapped(type: string, name: string): boolean {
  return type.startsWith(`${name}(`) && type.endsWith(')');
}

/**
 * The writer for a ClickHouse type as system.columns spells it. Throws for a type it does not
 * know, so an unsupported column is found when the encoder is built, not at the first insert.
 */
export function valueWriter(type: string, path: string): ValueWriter {
  if (wrapped(type, 'LowCardinality')) {
    // RowBinary carries LowCardinality(T) as T.
    return valueWriter(typeArguments(type, 'LowCardinality')[0] ?? '', path);
  }
  if (wrapped(type, 'Array')) return arrayWriter(typeArguments(type, 'Array')[0] ?? '', path);
  if (wrapped(type, 'Map')) {
    const [k, v] = typeArguments(type, 'Map');
    return mapWriter(k ?? '', v ?? '', path);
  }
  switch (type) {
    case 'String':
      return (w, v) => {
        if (typeof v !== 'string') throw new RowBinaryValueError(path, 'a string', v);
        w.string(v);
      };
    case 'UInt8':
    case 'UInt32':
      return uintWriter(type === 'UInt8' ? 0xff : 0xffff_ffff, type, path);
    case 'Int64':
      return (w, v) => {
        if (typeof v === 'number' && Number.isSafeInteger(v)) w.int64(v);
        else if (typeof v === 'bigint') w.bigInt64(BigInt.asIntN(64, v));
        else throw new RowBinaryValueError(path, 'a whole number below 2^53', v);
      };
    case 'UInt64':
      return (w, v) => {
        if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) w.int64(v);
        else if (typeof v === 'string' && /^\d{1,15}$/.test(v))
          w.int64(Number(v)); // below 10^15 < 2^53: exact as a number, no BigInt
        else if (typeof v === 'string' && /^\d{1,20}$/.test(v) && BigInt(v) < 1n << 64n)
          w.bigInt64(BigInt(v));
        else if (typeof v === 'bigint' && v >= 0n && v < 1n << 64n) w.bigInt64(v);
        else throw new RowBinaryValueError(path, 'a UInt64 (number, decimal string or bigint)', v);
      };
    case 'DateTime':
      return uintWriter(0xffff_ffff, type, path);
    case 'DateTime64(9)':
      return (w, v) => {
        if (typeof v !== 'string') throw new RowBinaryValueError(path, 'a time as text', v);
        writeNanoTime(w, v, path);
      };
    default:
      throw new Error(`${path}: RowBinary encoding of ${type} is not implemented`);
  }
}

function uintWriter(max: number, type: string, path: string): ValueWriter {
  const one = max === 0xff;
  return (w, v) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max)
      throw new RowBinaryValueError(path, `a ${type}`, v);
    if (one) w.uint8(v);
    else w.uint32(v);
  };
}

/**
 * A DateTime64(9) given as integer nanoseconds (`1700000000123456789`) or as
 * `seconds.nanoseconds` (`1700000000.123456789`, up to 9 digits after the point). Read digit by
 * digit: this runs for every sample hit.
 */
function writeNanoTime(w: RowBinaryWriter, text: string, path: string): void {
  const n = text.length;
  let seconds = 0;
  let i = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    seconds = seconds * 10 + d;
  }
  if (i === n) {
    // Integer nanoseconds: the digits before the last nine are the seconds.
    if (n === 0 || n > 19) throw new RowBinaryValueError(path, 'nanoseconds', text);
    const split = Math.max(0, n - 9);
    w.nanoTime(digitsValue(text, 0, split), digitsValue(text, split, n));
    return;
  }
  if (i === 0 || i > 10 || text.charCodeAt(i) !== 46 || n - i - 1 < 1 || n - i - 1 > 9) {
    const expected = text.includes('.') ? 'seconds.nanoseconds' : 'nanoseconds';
    throw new RowBinaryValueError(path, expected, text);
  }
  let nanos = 0;
  for (let j = i + 1; j < n; j++) {
    const d = text.charCodeAt(j) - 48;
    if (d < 0 || d > 9) throw new RowBinaryValueError(path, 'seconds.nanoseconds', text);
    nanos = nanos * 10 + d;
  }
  w.nanoTime(seconds, nanos * 10 ** (9 - (n - i - 1)));
}

/** The decimal digits text[from, to) as a number (callers have checked they are digits). */
function digitsValue(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + text.charCodeAt(i) - 48;
  return v;
}

function arrayWriter(elementType: string, path: string): ValueWriter {
  const element = valueWriter(elementType, `${path}[]`);
  return (w, v) => {
    if (!Array.isArray(v)) throw new RowBinaryValueError(path, 'an array', v);
    w.varUInt(v.length);
    for (const x of v as unknown[]) element(w, x);
  };
}

function mapWriter(keyType: string, valueType: string, path: string): ValueWriter {
  const key = valueWriter(keyType, `${path} key`);
  const value = valueWriter(valueType, `${path} value`);
  return (w, v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      throw new RowBinaryValueError(path, 'an object', v);
    const entries = Object.entries(v);
    w.varUInt(entries.length);
    for (const [k, x] of entries) {
      key(w, k);
      value(w, x);
    }
  };
}
