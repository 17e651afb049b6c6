import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlineSqlParams, param, sql, sqlFragment } from '@/lib/clickhouse/sql';

describe('sql', () => {
  it('turns every interpolation into a typed query parameter, never into text', () => {
    const evil = "x' OR 1=1 --";
    const q = sql`SELECT * FROM otel_traces WHERE TraceId = ${param('String', evil)} AND Duration > ${param('UInt64', '5')}`;
    assert.equal(
      q.query,
      'SELECT * FROM otel_traces WHERE TraceId = {p0:String} AND Duration > {p1:UInt64}',
    );
    assert.deepEqual(q.query_params, { p0: evil, p1: '5' });
  });

  it('numbers the parameters of nested fragments in order', () => {
    const where = sqlFragment`ServiceName = ${param('String', 'a')}`;
    const q = sql`SELECT ${param('UInt8', 1)} FROM t WHERE ${where} LIMIT ${param('UInt32', 10)}`;
    assert.equal(
      q.query,
      'SELECT {p0:UInt8} FROM t WHERE ServiceName = {p1:String} LIMIT {p2:UInt32}',
    );
    assert.deepEqual(q.query_params, { p0: 1, p1: 'a', p2: 10 });
  });
});

describe('inlineSqlParams', () => {
  it('writes parameters as SQL literals, quoting strings safely', () => {
    const q = sql`SELECT * FROM t WHERE a = ${param('String', "it's \\ here")} AND b IN ${param('Array(UInt32)', [1, 2])} AND c > ${param('Int64', 5n)}`;
    assert.equal(
      inlineSqlParams(q),
      "SELECT * FROM t WHERE a = 'it\\'s \\\\ here' AND b IN [1, 2] AND c > 5",
    );
  });
});
