import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Long from 'long';
import { int64ToNumber, nanosToDecimalSeconds } from '@/ingest/otlp/long-to-bigint';
import { randomBytes } from 'node:crypto';

/** The exact text by BigInt arithmetic, the reference the fast path must equal. */
const reference = (ns: bigint): string =>
  `${ns / 1_000_000_000n}.${(ns % 1_000_000_000n).toString().padStart(9, '0')}`;

describe('64-bit OTLP integers without BigInt', () => {
  it('writes unsigned nanoseconds as exact seconds.nanoseconds text, edges and random values', () => {
    const values = [
      0n,
      1n,
      999_999_999n,
      1_000_000_000n,
      1_700_000_000_123_456_789n,
      (1n << 53n) + 1n,
      (1n << 64n) - 1n,
      ...Array.from({ length: 2000 }, () => randomBytes(8).readBigUInt64LE()),
    ];
    for (const ns of values) {
      assert.equal(nanosToDecimalSeconds(Long.fromString(ns.toString(), true)), reference(ns));
    }
  });

  it('reads signed weights as numbers, exactly up to 2^53', () => {
    for (const v of [0, 1, -5, 123_456_789_012, 2 ** 53 - 1, -(2 ** 53 - 1)]) {
      assert.equal(int64ToNumber(Long.fromNumber(v)), v);
      assert.equal(int64ToNumber(v), v);
    }
  });
});
