import Long from 'long';
import type { Int64 } from './otlp-wire';

/** A 64-bit OTLP integer field as a Long; an absent one is 0. */
export function asLong(value: Int64): Long {
  if (value === null || value === undefined) return Long.UZERO;
  return typeof value === 'number' ? Long.fromNumber(Math.trunc(value)) : value;
}

/** A 64-bit OTLP integer (protobufjs Long) as a bigint, never through a lossy number. */
export function longToBigInt(field: Int64): bigint {
  const value = asLong(field);
  const bits = (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
  return value.unsigned ? bits : BigInt.asIntN(64, bits);
}

/**
 * An unsigned 64-bit count of nanoseconds as `seconds.nanoseconds`, the text ClickHouse reads
 * into DateTime64(9) exactly. Divides by 1e9 in 16-bit steps so every intermediate stays an exact
 * double: no BigInt on the hot path of every sample timestamp.
 */
export function nanosToDecimalSeconds(field: Int64): string {
  const value = asLong(field);
  const hi = value.high >>> 0;
  const lo = value.low >>> 0;
  // Long division of the four 16-bit limbs by 1e9, unrolled: this runs for every sample hit.
  let cur = hi >>> 16; // < 2^16
  let q = Math.floor(cur / 1e9);
  let rest = cur - q * 1e9;
  let seconds = q;
  cur = rest * 65536 + (hi & 0xffff); // < 1e9 * 65536: exact
  q = Math.floor(cur / 1e9);
  rest = cur - q * 1e9;
  seconds = seconds * 65536 + q;
  cur = rest * 65536 + (lo >>> 16);
  q = Math.floor(cur / 1e9);
  rest = cur - q * 1e9;
  seconds = seconds * 65536 + q;
  cur = rest * 65536 + (lo & 0xffff);
  q = Math.floor(cur / 1e9);
  rest = cur - q * 1e9;
  seconds = seconds * 65536 + q; // seconds < 2^53 for any uint64 / 1e9
  return `${seconds}.${nineDigits(rest)}`;
}

/** 0 ≤ n < 1e9 as exactly nine digits. */
function nineDigits(n: number): string {
  const s = String(n);
  return s.length === 9 ? s : '000000000'.slice(s.length) + s;
}

/**
 * A signed 64-bit OTLP integer as a number, without a BigInt: exact up to 2^53 in magnitude (a
 * weight's column rule refuses anything larger, see column-rules.ts).
 */
export function int64ToNumber(field: Int64): number {
  if (typeof field === 'number') return Math.trunc(field);
  return asLong(field).toNumber();
}
