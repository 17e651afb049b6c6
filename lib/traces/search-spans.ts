import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql, sqlFragment, type SqlFragment, type SqlQuery } from '../clickhouse/sql';
import { countSamplesPerSpan, type SpanSampleCount } from '../correlation/count-samples-per-span';
import {
  contextValueContains,
  learnedValue,
  queryLearnedContext,
} from '../correlation/learned-context';
import type { TraceSpan } from '../contract/span-models';
import { traceSpanColumns } from './trace-span';
import type { SpanSearch } from './span-search';
import type { SpanSummary } from '../contract/span-models';

/** The slowest spans matching the explorer's filters, with their profile sample counts. */
export async function searchSpans(
  client: ClickHouseClient,
  search: SpanSearch,
): Promise<SpanSummary[]> {
  const rs = await client.query({ ...spanSearchQuery(search), format: 'JSONEachRow' });
  const spans = await rs.json<TraceSpan>();
  return summarizeSpans(client, spans, await countSamplesPerSpan(client, spans, search.sampleType));
}

/** Spans as the explorer lists them: their samples by best tier, their own or learned pod. */
export async function summarizeSpans(
  client: ClickHouseClient,
  spans: readonly TraceSpan[],
  counts: ReadonlyMap<string, SpanSampleCount>,
): Promise<SpanSummary[]> {
  const learned = await queryLearnedContext(
    client,
    spans.filter((s) => !s.resource['k8s.pod.name']).map((s) => s.resource),
  );
  return spans.map((s) => {
    const c = counts.get(s.spanId);
    return {
      traceId: s.traceId,
      spanId: s.spanId,
      service: s.service,
      name: s.name,
      startNs: s.startNs,
      durationNs: s.durationNs,
      statusCode: s.statusCode,
      pod: learnedValue(s.resource, 'k8s.pod.name', learned),
      namespace: learnedValue(s.resource, 'k8s.namespace.name', learned),
      samples: c?.samples ?? 0,
      tier: c?.tier ?? 'none',
    };
  });
}

/** The slowest spans matching a search; what the explorer's "Show SQL" opens. */
export function spanSearchQuery(search: SpanSearch): SqlQuery {
  return sql`SELECT ${traceSpanColumns} FROM otel_traces
    WHERE ${spanFilters(search)}
    ORDER BY Duration DESC LIMIT ${param('UInt32', search.limit)}`;
}

/** The WHERE clause of a span search. */
export function spanFilters(search: SpanSearch): SqlFragment {
  let where = sqlFragment`Timestamp >= fromUnixTimestamp64Milli(${param('Int64', search.fromMs)})
    AND Timestamp <= fromUnixTimestamp64Milli(${param('Int64', search.toMs)})`;
  const and = (f: SqlFragment): void => {
    where = sqlFragment`${where} AND ${f}`;
  };
  if (search.service) and(sqlFragment`ServiceName = ${param('String', search.service)}`);
  if (search.operation) and(sqlFragment`SpanName = ${param('String', search.operation)}`);
  if (search.minDurationMs !== undefined) {
    and(sqlFragment`Duration >= ${param('UInt64', Math.round(search.minDurationMs * 1e6))}`);
  }
  if (search.errorsOnly) and(sqlFragment`StatusCode = 'Error'`);
  // Substring matches, on the span's own value or what ingest learned about its process.
  const res = (key: string, value: string | undefined): void => {
    if (value) and(contextValueContains(key, value));
  };
  res('k8s.namespace.name', search.namespace);
  res('k8s.deployment.name', search.deployment);
  res('k8s.pod.name', search.pod);
  if (search.attribute) {
    const k = param('String', search.attribute.key);
    const v = param('String', search.attribute.value);
    and(sqlFragment`(SpanAttributes[${k}] = ${v} OR ResourceAttributes[${k}] = ${v})`);
  }
  return where;
}
