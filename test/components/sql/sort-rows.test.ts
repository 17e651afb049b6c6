import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sortRows } from '@/components/sql/sort-rows';

const column = (rows: unknown[][]) => rows.map((r) => r[0]);

describe('sortRows', () => {
  it('orders 64-bit integers (strings) by value, beyond 2^53 too', () => {
    const rows = [['10'], ['9'], ['18446744073709551615'], ['18446744073709551614'], ['-3']];
    assert.deepEqual(column(sortRows(rows, 'UInt64', { column: 0, direction: 'asc' })), [
      '-3',
      '9',
      '10',
      '18446744073709551614',
      '18446744073709551615',
    ]);
  });

  it('orders floats and wrapped numeric types by value, descending on request', () => {
    const rows = [[1.5], [10], [-2], [2.25]];
    assert.deepEqual(
      column(sortRows(rows, 'Nullable(Float64)', { column: 0, direction: 'desc' })),
      [10, 2.25, 1.5, -2],
    );
  });

  it('orders text with the numbers inside it in numeric order', () => {
    const rows = [['pod-10'], ['pod-9'], ['Pod-1'], ['api']];
    assert.deepEqual(
      column(sortRows(rows, 'LowCardinality(String)', { column: 0, direction: 'asc' })),
      ['api', 'Pod-1', 'pod-9', 'pod-10'],
    );
  });

  it('puts NULLs last in both directions and keeps ties in their order', () => {
    const rows = [
      [null, 'a'],
      ['2', 'b'],
      ['1', 'c'],
      ['2', 'd'],
      [null, 'e'],
    ];
    const asc = sortRows(rows, 'Nullable(Int64)', { column: 0, direction: 'asc' });
    assert.deepEqual(asc, [
      ['1', 'c'],
      ['2', 'b'],
      ['2', 'd'],
      [null, 'a'],
      [null, 'e'],
    ]);
    const desc = sortRows(rows, 'Nullable(Int64)', { column: 0, direction: 'desc' });
    assert.deepEqual(desc, [
      ['2', 'b'],
      ['2', 'd'],
      ['1', 'c'],
      [null, 'a'],
      [null, 'e'],
    ]);
  });

  it('leaves the rows it was given in their order', () => {
    const rows = [['b'], ['a']];
    sortRows(rows, 'String', { column: 0, direction: 'asc' });
    assert.deepEqual(rows, [['b'], ['a']]);
  });
});
