import { sqlConstant } from '../clickhouse/sql';

/** The otel_traces columns a TraceSpan is read from. */
export const traceSpanColumns =
  sqlConstant(`TraceId AS traceId, SpanId AS spanId, ParentSpanId AS parentSpanId,
  SpanName AS name, SpanKind AS kind, ServiceName AS service,
  toString(toUnixTimestamp64Nano(Timestamp)) AS startNs, toString(Duration) AS durationNs,
  StatusCode AS statusCode, StatusMessage AS statusMessage,
  SpanAttributes AS attributes, ResourceAttributes AS resource,
  arrayMap((t, n) -> map('timeNs', toString(toUnixTimestamp64Nano(t)), 'name', n),
    Events.Timestamp, Events.Name) AS events`);
