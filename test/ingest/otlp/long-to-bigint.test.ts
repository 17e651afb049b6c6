import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Long from 'long';
import { int64ToNumber, nanosToDecimalSeconds } from '@/ingest/otlp/long-to-bigint';
import { decimalSeconds, nanosecondCases } from '@/test/support/nanoseconds';

describe('64-bit OTLP integers without BigInt', () => {
  it('writes unsigned nanoseconds as exact seconds.nanoseconds text, edges and random values', () => {
    const values = [(1n << 53n) + 1n, (1n << 64n) - 1n, ...nanosecondCases(2000, 64n)];
    for (const ns of values) {
      assert.equal(nanosToDecimalSeconds(Long.fromString(ns.toString(), true)), decimalSeconds(ns));
    }
  });

  it('reads signed weights as numbers, exactly up to 2^53', () => {
    for (const v of [0, 1, -5, 123_456_789_012, 2 ** 53 - 1, -(2 ** 53 - 1)]) {
      assert.equal(int64ToNumber(Long.fromNumber(v)), v);
      assert.equal(int64ToNumber(v), v);
    }
  });
});
