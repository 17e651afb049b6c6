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

/** All spans of many traces, by trace id, each trace's oldest first; read as queryTrace reads one. */
export async function queryTraces(
  client: ClickHouseClient,
  traceIds: readonly string[],
): Promise<Map<string, TraceSpan[]>> {
  const out = new Map<string, TraceSpan[]>();
  if (traceIds.length === 0) return out;
  const rs = await client.query({ ...tracesSpansQuery(traceIds), format: 'JSONEachRow' });
  for (const span of await rs.json<TraceSpan>()) {
    const list = out.get(span.traceId);
    if (list) list.push(span);
    else out.set(span.traceId, [span]);
  }
  return out;
}

/** The query behind queryTrace; what the trace panel's "Show SQL" opens. */
export function traceSpansQuery(traceId: string): SqlQuery {
  return tracesSpansQuery([traceId]);
}

function tracesSpansQuery(traceIds: readonly string[]): SqlQuery {
  const ids = param('Array(String)', [...new Set(traceIds)]);
  return sql`
    WITH
      (SELECT min(Start) FROM otel_traces_trace_id_ts WHERE TraceId IN ${ids}) AS tracesStart,
      (SELECT max(End) FROM otel_traces_trace_id_ts WHERE TraceId IN ${ids}) AS tracesEnd
    SELECT ${traceSpanColumns}
    FROM otel_traces
    WHERE TraceId IN ${ids}
      AND Timestamp >= tracesStart - INTERVAL 1 MINUTE
      AND Timestamp <= tracesEnd + INTERVAL 1 MINUTE
    ORDER BY TraceId, Timestamp, SpanId`;
}
