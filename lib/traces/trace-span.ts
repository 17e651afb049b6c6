import { sqlConstant } from '../clickhouse/sql';

/** A span as the views use it: ids hex, times in unix ns as decimal strings (they exceed 2^53). */
export interface TraceSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: string;
  service: string;
  /** Span start, unix ns, decimal string. */
  startNs: string;
  /** Duration in ns, decimal string. */
  durationNs: string;
  statusCode: string;
  statusMessage: string;
  attributes: Record<string, string>;
  resource: Record<string, string>;
}

/** The otel_traces columns a TraceSpan is read from. */
export const traceSpanColumns =
  sqlConstant(`TraceId AS traceId, SpanId AS spanId, ParentSpanId AS parentSpanId,
  SpanName AS name, SpanKind AS kind, ServiceName AS service,
  toString(toUnixTimestamp64Nano(Timestamp)) AS startNs, toString(Duration) AS durationNs,
  StatusCode AS statusCode, StatusMessage AS statusMessage,
  SpanAttributes AS attributes, ResourceAttributes AS resource`);
