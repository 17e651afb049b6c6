import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applySchema, splitStatements } from '@/lib/clickhouse/apply-schema';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';

interface Column {
  name: string;
  type: string;
  default_type: string;
  codec_expression: string;
}

// The clickhouseexporter's otel_traces (internal/sqltemplates/traces_table.sql): name, type, codec.
const expectedTraceColumns: [string, string, string][] = [
  ['Timestamp', 'DateTime64(9)', 'Delta(8), ZSTD(1)'],
  ['TraceId', 'String', 'ZSTD(1)'],
  ['SpanId', 'String', 'ZSTD(1)'],
  ['ParentSpanId', 'String', 'ZSTD(1)'],
  ['TraceState', 'String', 'ZSTD(1)'],
  ['SpanName', 'LowCardinality(String)', 'ZSTD(1)'],
  ['SpanKind', 'LowCardinality(String)', 'ZSTD(1)'],
  ['ServiceName', 'LowCardinality(String)', 'ZSTD(1)'],
  ['ResourceAttributes', 'Map(LowCardinality(String), String)', 'ZSTD(1)'],
  ['ScopeName', 'String', 'ZSTD(1)'],
  ['ScopeVersion', 'String', 'ZSTD(1)'],
  ['SpanAttributes', 'Map(LowCardinality(String), String)', 'ZSTD(1)'],
  ['Duration', 'UInt64', 'T64, ZSTD(1)'],
  ['StatusCode', 'LowCardinality(String)', 'ZSTD(1)'],
  ['StatusMessage', 'String', 'ZSTD(1)'],
  ['Events.Timestamp', 'Array(DateTime64(9))', 'ZSTD(1)'],
  ['Events.Name', 'Array(LowCardinality(String))', 'ZSTD(1)'],
  ['Events.Attributes', 'Array(Map(LowCardinality(String), String))', 'ZSTD(1)'],
  ['Links.TraceId', 'Array(String)', 'ZSTD(1)'],
  ['Links.SpanId', 'Array(String)', 'ZSTD(1)'],
  ['Links.TraceState', 'Array(String)', 'ZSTD(1)'],
  ['Links.Attributes', 'Array(Map(LowCardinality(String), String))', 'ZSTD(1)'],
  ['ResourceAttributeItems', 'Array(String)', ''],
  ['SpanAttributeItems', 'Array(String)', ''],
];

describe('applySchema', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore(7);
  });
  after(() => store.close());

  it('creates otel_traces with exactly the clickhouseexporter columns, types and codecs', async () => {
    const columns = await queryRows<Column>(store.client, 'DESCRIBE TABLE otel_traces');
    assert.deepEqual(
      columns.map((c) => [c.name, c.type, c.codec_expression.replace(/^CODEC\((.*)\)$/, '$1')]),
      expectedTraceColumns,
    );
    const aliases = columns.filter((c) => c.default_type === 'ALIAS').map((c) => c.name);
    assert.deepEqual(aliases, ['ResourceAttributeItems', 'SpanAttributeItems']);
  });

  it('orders otel_traces and the trace id lookup as the exporter does', async () => {
    const [traces] = await queryRows<{
      sorting_key: string;
      partition_key: string;
      primary_key: string;
    }>(
      store.client,
      "SELECT sorting_key, partition_key, primary_key FROM system.tables WHERE database = currentDatabase() AND name = 'otel_traces'",
    );
    assert.ok(traces);
    assert.equal(traces.sorting_key, 'ServiceName, SpanName, toDateTime(Timestamp), Timestamp');
    assert.equal(traces.primary_key, 'ServiceName, SpanName, toDateTime(Timestamp)');
    assert.equal(traces.partition_key, 'toDate(Timestamp)');
    const lookup = await queryRows<Column>(store.client, 'DESCRIBE TABLE otel_traces_trace_id_ts');
    assert.deepEqual(
      lookup.map((c) => [c.name, c.type]),
      [
        ['TraceId', 'String'],
        ['Start', 'SimpleAggregateFunction(min, DateTime)'],
        ['End', 'SimpleAggregateFunction(max, DateTime)'],
      ],
    );
  });

  it('keeps the public profile_samples columns the span view and users query', async () => {
    const columns = await queryRows<Column>(store.client, 'DESCRIBE TABLE profile_samples');
    const types = Object.fromEntries(columns.map((c) => [c.name, c.type]));
    for (const [name, type] of Object.entries({
      Timestamp: 'DateTime64(9)',
      TraceId: 'String',
      SpanId: 'String',
      SpanSource: 'LowCardinality(String)',
      StackId: 'UInt64',
      Value: 'Int64',
      SampleType: 'LowCardinality(String)',
      ServiceName: 'LowCardinality(String)',
      ProcessPid: 'UInt32',
      ThreadId: 'UInt32',
      ThreadName: 'LowCardinality(String)',
      ContainerId: 'LowCardinality(String)',
      K8sNamespaceName: 'LowCardinality(String)',
      K8sPodName: 'LowCardinality(String)',
      ResourceAttributes: 'Map(LowCardinality(String), LowCardinality(String))',
      SampleAttributes: 'Map(LowCardinality(String), String)',
    })) {
      assert.equal(types[name], type, `profile_samples.${name}`);
    }
  });

  it('is idempotent and records each file once', async () => {
    const again = await applySchema(store.client, 7);
    assert.deepEqual(again, { applied: [], ttlChanged: [] });
    const recorded = await queryRows<{ Name: string }>(
      store.client,
      'SELECT Name FROM schema_migrations FINAL ORDER BY Version',
    );
    assert.deepEqual(
      recorded.map((r) => r.Name),
      [
        '0001_otel_traces.sql',
        '0002_profiles.sql',
        '0003_resource_context.sql',
        '0004_comments.sql',
        '0005_ingest_requests.sql',
        '0006_symbols.sql',
      ],
    );
  });

  it('moves every table to a new retention when TRACEPROF_TTL_DAYS changes', async () => {
    const report = await applySchema(store.client, 30);
    assert.ok(report.ttlChanged.includes('otel_traces'));
    assert.ok(report.ttlChanged.includes('profile_samples'));
    const [row] = await queryRows<{ engine_full: string }>(
      store.client,
      "SELECT engine_full FROM system.tables WHERE database = currentDatabase() AND name = 'profile_samples'",
    );
    assert.match(row?.engine_full ?? '', /toIntervalDay\(30\)/);
  });

  it('splits a DDL file into statements and drops comment lines', () => {
    assert.deepEqual(
      splitStatements('-- a table\nCREATE TABLE a (x UInt8);\n\nCREATE VIEW b AS SELECT 1;\n'),
      ['CREATE TABLE a (x UInt8)', 'CREATE VIEW b AS SELECT 1'],
    );
  });
});
