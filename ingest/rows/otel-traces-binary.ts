import { RowBinaryTable, type ColumnType } from './row-binary-table';
import { otelTracesColumns } from './span-to-row';

/**
 * otel_traces' columns as schema/clickhouse/0001_otel_traces.sql declares them (Nested columns as
 * the arrays system.columns lists), in the order spanToRow fills them. checkColumnTypes compares
 * this list with the store's system.columns at start-up.
 */
const types: Record<(typeof otelTracesColumns)[number], string> = {
  Timestamp: 'DateTime64(9)',
  TraceId: 'String',
  SpanId: 'String',
  ParentSpanId: 'String',
  TraceState: 'String',
  SpanName: 'LowCardinality(String)',
  SpanKind: 'LowCardinality(String)',
  ServiceName: 'LowCardinality(String)',
  ResourceAttributes: 'Map(LowCardinality(String), String)',
  ScopeName: 'String',
  ScopeVersion: 'String',
  SpanAttributes: 'Map(LowCardinality(String), String)',
  Duration: 'UInt64',
  StatusCode: 'LowCardinality(String)',
  StatusMessage: 'String',
  'Events.Timestamp': 'Array(DateTime64(9))',
  'Events.Name': 'Array(LowCardinality(String))',
  'Events.Attributes': 'Array(Map(LowCardinality(String), String))',
  'Links.TraceId': 'Array(String)',
  'Links.SpanId': 'Array(String)',
  'Links.TraceState': 'Array(String)',
  'Links.Attributes': 'Array(Map(LowCardinality(String), String))',
};

export const otelTracesTypes: readonly ColumnType[] = otelTracesColumns.map((name) => ({
  name,
  type: types[name],
}));

/** Rows of spanToRow as RowBinary for otel_traces. */
export const otelTracesBinary = new RowBinaryTable('otel_traces', otelTracesTypes);
