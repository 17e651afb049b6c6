import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { RowBinaryTable } from '@/ingest/rows/row-binary-table';

const table = new RowBinaryTable('t', [{ name: 'At', type: 'DateTime64(9)' }]);

/** DateTime64(9) in RowBinary: the nanoseconds as a little-endian Int64. */
const expected = (ns: bigint): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigInt64LE(ns);
  return b;
};

describe('DateTime64(9) as RowBinary', () => {
  it('writes seconds.nanoseconds and integer nanoseconds text as the exact tick count', () => {
    const values = [
      0n,
      1n,
      999_999_999n,
      1_000_000_000n,
      1_700_000_000_123_456_789n,
      ...Array.from({ length: 500 }, () => randomBytes(8).readBigUInt64LE() >> 2n),
    ];
    for (const ns of values) {
      const seconds = ns / 1_000_000_000n;
      const fraction = (ns % 1_000_000_000n).toString().padStart(9, '0');
      assert.deepEqual(table.encode([[`${seconds}.${fraction}`]]), expected(ns), `${ns}`);
      assert.deepEqual(table.encode([[ns.toString()]]), expected(ns), `${ns} as nanoseconds`);
    }
    // Fewer than nine digits after the point are tenths, hundredths, ….
    assert.deepEqual(table.encode([['12.5']]), expected(12_500_000_000n));
  });

  it('refuses text that is not a time, naming the column', () => {
    for (const bad of ['', '.5', '12.', '1.2.3', '12.1234567890', '-1', '1e9', '12345678901.5']) {
      assert.throws(() => table.encode([[bad]]), /t\.At: expected/, JSON.stringify(bad));
    }
  });
});
