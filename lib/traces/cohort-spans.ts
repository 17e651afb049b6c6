import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql, sqlFragment } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import { spanFilters } from './search-spans';
import type { SpanSearch } from './span-search';
import { traceSpanColumns } from './trace-span';

/** Spans whose duration lies between two quantiles of the search's durations (0..1). */
export interface DurationBand {
  fromQuantile: number;
  toQuantile: number;
}

/** The spans a cohort profile is made of, and how many matched before the cap. */
export interface CohortSpans {
  spans: TraceSpan[];
  /** Spans matching the search and band, whatever the cap. */
  matched: number;
  /** The band's durations in ns ([0, 0] without spans). */
  minNs: number;
  maxNs: number;
}

/**
 * The spans of a search (an operation, its window and filters), within a duration band when
 * given. Past `cap`, a fixed pseudo-random subset (by span id hash), so a cohort's profile is
 * the same on every read and not biased to the slowest or the newest.
 */
export async function queryCohortSpans(
  client: ClickHouseClient,
  search: SpanSearch,
  band: DurationBand | undefined,
  cap: number,
): Promise<CohortSpans> {
  const where = spanFilters(search);
  const quantiles = band
    ? sqlFragment`quantilesExact(${param('Float64', band.fromQuantile)}, ${param('Float64', band.toQuantile)})(Duration)`
    : sqlFragment`[min(Duration), max(Duration)]`;
  const rs = await client.query({
    ...sql`SELECT toString(q[1]) AS minNs, toString(q[2]) AS maxNs FROM (
      SELECT ${quantiles} AS q FROM otel_traces WHERE ${where})`,
    format: 'JSONEachRow',
  });
  const [bounds] = await rs.json<{ minNs: string; maxNs: string }>();
  const minNs = Number(bounds?.minNs ?? 0);
  const maxNs = Number(bounds?.maxNs ?? 0);
  const inBand = sqlFragment`${where} AND Duration >= ${param('UInt64', minNs)}
    AND Duration <= ${param('UInt64', maxNs)}`;
  const [countRs, spansRs] = await Promise.all([
    client.query({
      ...sql`SELECT count() AS n FROM otel_traces WHERE ${inBand}`,
      format: 'JSONEachRow',
    }),
    client.query({
      ...sql`SELECT ${traceSpanColumns} FROM otel_traces WHERE ${inBand}
        ORDER BY cityHash64(SpanId) LIMIT ${param('UInt32', cap)}`,
      format: 'JSONEachRow',
    }),
  ]);
  const [count] = await countRs.json<{ n: string }>();
  return { spans: await spansRs.json<TraceSpan>(), matched: Number(count?.n ?? 0), minNs, maxNs };
}
