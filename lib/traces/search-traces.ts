import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql, type SqlQuery } from '../clickhouse/sql';
import { countSamplesPerSpan } from '../correlation/count-samples-per-span';
import type { TraceSpan, TraceSummary } from '../contract/span-models';
import { spanFilters, summarizeSpans } from './search-spans';
import type { SpanSearch } from './span-search';
import { traceSpanColumns } from './trace-span';

/** The traces with a span matching a search, by their slowest matching span; "Show SQL". */
export function traceSearchQuery(search: SpanSearch): SqlQuery {
  return sql`SELECT TraceId AS traceId, argMax(SpanId, Duration) AS slowestSpanId, max(Duration) AS slowest
    FROM otel_traces WHERE ${spanFilters(search)}
    GROUP BY TraceId ORDER BY slowest DESC, traceId LIMIT ${param('UInt32', search.limit)}`;
}

/**
 * The explorer's traces view: a row per trace with a matching span (`search.limit` of them, by
 * their slowest matching span), with its root, extent, services, errors, how many of its spans
 * have samples of their own, and the slowest matching span as the spans view shows it.
 */
export async function searchTraces(
  client: ClickHouseClient,
  search: SpanSearch,
): Promise<TraceSummary[]> {
  const found = await (
    await client.query({ ...traceSearchQuery(search), format: 'JSONEachRow' })
  ).json<{ traceId: string; slowestSpanId: string }>();
  if (found.length === 0) return [];
  const spans = await traceSpans(
    client,
    found.map((t) => t.traceId),
  );
  const counts = await countSamplesPerSpan(client, spans, search.sampleType);
  const byTrace = new Map<string, TraceSpan[]>();
  for (const s of spans) byTrace.set(s.traceId, [...(byTrace.get(s.traceId) ?? []), s]);
  const slowestSpans = found.flatMap(
    (t) => byTrace.get(t.traceId)?.find((s) => s.spanId === t.slowestSpanId) ?? [],
  );
  const slowest = new Map(
    (await summarizeSpans(client, slowestSpans, counts)).map((s) => [s.traceId, s]),
  );
  return found.flatMap((t): TraceSummary[] => {
    const members = byTrace.get(t.traceId) ?? [];
    const top = slowest.get(t.traceId);
    if (!top || members.length === 0) return [];
    const ids = new Set(members.map((s) => s.spanId));
    const start = members.reduce(
      (m, s) => (BigInt(s.startNs) < m ? BigInt(s.startNs) : m),
      BigInt(members[0]?.startNs ?? 0),
    );
    const end = members.reduce((m, s) => {
      const e = BigInt(s.startNs) + BigInt(s.durationNs);
      return e > m ? e : m;
    }, start);
    const root =
      members.find(
        (s) => (s.parentSpanId === '' || !ids.has(s.parentSpanId)) && s.startNs === String(start),
      ) ??
      members.find((s) => s.parentSpanId === '' || !ids.has(s.parentSpanId)) ??
      top;
    return [
      {
        traceId: t.traceId,
        rootService: root.service,
        rootName: root.name,
        startNs: String(start),
        durationNs: String(end - start),
        spanCount: members.length,
        services: [...new Set(members.map((s) => s.service))].sort(),
        errors: members.filter((s) => s.statusCode === 'Error').length,
        profiledSpans: members.filter((s) => (counts.get(s.spanId)?.samples ?? 0) > 0).length,
        slowest: top,
      },
    ];
  });
}

/** How many traces have a span matching a search, whatever its limit. */
export async function countMatchingTraces(
  client: ClickHouseClient,
  search: SpanSearch,
): Promise<number> {
  const rs = await client.query({
    ...sql`SELECT uniqExact(TraceId) AS n FROM otel_traces WHERE ${spanFilters(search)}`,
    format: 'JSONEachRow',
  });
  return Number((await rs.json<{ n: string }>())[0]?.n ?? 0);
}

/** Every span of some traces, bounded in time by the trace id lookup table as queryTrace is. */
async function traceSpans(client: ClickHouseClient, traceIds: string[]): Promise<TraceSpan[]> {
  const ids = param('Array(String)', traceIds);
  const rs = await client.query({
    ...sql`
      WITH
        (SELECT min(Start) FROM otel_traces_trace_id_ts WHERE TraceId IN ${ids}) AS first,
        (SELECT max(End) FROM otel_traces_trace_id_ts WHERE TraceId IN ${ids}) AS last
      SELECT ${traceSpanColumns} FROM otel_traces
      WHERE TraceId IN ${ids}
        AND Timestamp >= first - INTERVAL 1 MINUTE AND Timestamp <= last + INTERVAL 1 MINUTE
      ORDER BY Timestamp, SpanId`,
    format: 'JSONEachRow',
  });
  return rs.json<TraceSpan>();
}
