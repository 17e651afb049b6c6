import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql, type SqlQuery } from '../clickhouse/sql';
import { traceSpanColumns } from './trace-span';
import type { TraceSpan } from '../contract/span-models';

/**
 * All spans of a trace, oldest first. The trace id lookup table bounds the scan to the trace's
 * time range (one minute of slack either side for clock skew between services).
 */
export async function queryTrace(client: ClickHouseClient, traceId: string): Promise<TraceSpan[]> {
  const rs = await client.query({ ...traceSpansQuery(traceId), format: 'JSONEachRow' });
  return rs.json<TraceSpan>();
}

/** The query behind queryTrace; what the trace panel's "Show SQL" opens. */
export function traceSpansQuery(traceId: string): SqlQuery {
  const id = param('String', traceId);
  return sql`
    WITH
      (SELECT min(Start) FROM otel_traces_trace_id_ts WHERE TraceId = ${id}) AS traceStart,
      (SELECT max(End) FROM otel_traces_trace_id_ts WHERE TraceId = ${id}) AS traceEnd
    SELECT ${traceSpanColumns}
    FROM otel_traces
    WHERE TraceId = ${id}
      AND Timestamp >= traceStart - INTERVAL 1 MINUTE
      AND Timestamp <= traceEnd + INTERVAL 1 MINUTE
    ORDER BY Timestamp, SpanId`;
}
