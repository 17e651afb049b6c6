import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RowBinaryTable } from '@/ingest/rows/row-binary-table';
import { decimalSeconds, nanosecondCases } from '@/test/support/nanoseconds';

const table = new RowBinaryTable('t', [{ name: 'At', type: 'DateTime64(9)' }]);

/** DateTime64(9) in RowBinary: the nanoseconds as a little-endian Int64. */
const expected = (ns: bigint): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigInt64LE(ns);
  return b;
};

describe('DateTime64(9) as RowBinary', () => {
  it('writes seconds.nanoseconds and integer nanoseconds text as the exact tick count', () => {
    // Below 2^62: the column is a signed Int64 of ticks.
    for (const ns of nanosecondCases(500, 62n)) {
      assert.deepEqual(table.encode([[decimalSeconds(ns)]]), expected(ns), `${ns}`);
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
