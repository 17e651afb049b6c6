import { randomBytes } from 'node:crypto';

/** Unix nanoseconds as exact `seconds.nanoseconds` text, by BigInt arithmetic: the reference. */
export const decimalSeconds = (ns: bigint): string =>
  `${ns / 1_000_000_000n}.${(ns % 1_000_000_000n).toString().padStart(9, '0')}`;

/**
 * Nanosecond counts to test a conversion with: both ends of a second, today, and `random` values
 * below 2^`bits`.
 */
export function nanosecondCases(random: number, bits: bigint): bigint[] {
  const edges = [0n, 1n, 999_999_999n, 1_000_000_000n, 1_700_000_000_123_456_789n];
  const below = (1n << bits) - 1n;
  return [
    ...edges.filter((v) => v <= below),
    ...Array.from({ length: random }, () => randomBytes(8).readBigUInt64LE() & below),
  ];
}
