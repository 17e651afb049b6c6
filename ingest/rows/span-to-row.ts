import { jsonTarget } from '@/lib/clickhouse/insert-raw';
import type { SpanRecord } from '../normalize/model';

/** otel_traces columns in the order spanToRow fills them. */
export const otelTracesColumns = [
  'Timestamp',
  'TraceId',
  'SpanId',
  'ParentSpanId',
  'TraceState',
  'SpanName',
  'SpanKind',
  'ServiceName',
  'ResourceAttributes',
  'ScopeName',
  'ScopeVersion',
  'SpanAttributes',
  'Duration',
  'StatusCode',
  'StatusMessage',
  'Events.Timestamp',
  'Events.Name',
  'Events.Attributes',
  'Links.TraceId',
  'Links.SpanId',
  'Links.TraceState',
  'Links.Attributes',
] as const;

/**
 * Where spansToLines' lines go. Ingest writes spans as RowBinary (otel-traces-binary.ts); the
 * JSON form of the same rows is what the tests and the insert-format bench compare it with.
 */
export const otelTracesTarget = jsonTarget('otel_traces', otelTracesColumns);

/**
 * Spans as JSONCompactEachRow lines. The spans of one resource share its attributes object, whose
 * JSON is made once and spliced into every line: resource maps are the largest part of a span.
 */
export function spansToLines(spans: readonly SpanRecord[]): string[] {
  const resourceJson = new Map<object, string>();
  return spans.map((span) => {
    let resource = resourceJson.get(span.resourceAttributes);
    if (resource === undefined) {
      resource = JSON.stringify(span.resourceAttributes);
      resourceJson.set(span.resourceAttributes, resource);
    }
    const row = spanToRow(span);
    const head = JSON.stringify(row.slice(0, resourceColumn));
    const tail = JSON.stringify(row.slice(resourceColumn + 1));
    return `${head.slice(0, -1)},${resource},${tail.slice(1)}`;
  });
}

const resourceColumn = otelTracesColumns.indexOf('ResourceAttributes');

/**
 * An otel_traces row as column values. 64-bit times and durations are decimal strings
 * (DateTime64(9) reads an integer string as nanosecond ticks).
 */
export function spanToRow(span: SpanRecord): unknown[] {
  return [
    span.startNs.toString(),
    span.traceId,
    span.spanId,
    span.parentSpanId,
    span.traceState,
    span.name,
    span.kind,
    span.serviceName,
    span.resourceAttributes,
    span.scopeName,
    span.scopeVersion,
    span.attributes,
    span.durationNs.toString(),
    span.statusCode,
    span.statusMessage,
    span.events.map((e) => e.timestampNs.toString()),
    span.events.map((e) => e.name),
    span.events.map((e) => e.attributes),
    span.links.map((l) => l.traceId),
    span.links.map((l) => l.spanId),
    span.links.map((l) => l.traceState),
    span.links.map((l) => l.attributes),
  ];
}
