import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql, sqlFragment, type SqlFragment } from '../clickhouse/sql';
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

/** The durations (ns) a band spans: its quantiles of the search's durations ([0, 0] without spans). */
export interface DurationBounds {
  minNs: number;
  maxNs: number;
}

/**
 * The bounds of several bands of one search's durations in one read (a diff's two cohorts):
 * the same exact quantiles each band's own read would give.
 */
export async function queryBandBounds(
  client: ClickHouseClient,
  search: SpanSearch,
  bands: readonly DurationBand[],
): Promise<DurationBounds[]> {
  const levels = bands
    .flatMap((b) => [b.fromQuantile, b.toQuantile])
    .map((q) => sqlFragment`${param('Float64', q)}`)
    .reduce((a, b) => sqlFragment`${a}, ${b}`);
  const rs = await client.query({
    ...sql`SELECT arrayMap(q -> toString(q), quantilesExact(${levels})(Duration)) AS q
      FROM otel_traces WHERE ${spanFilters(search)}`,
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<{ q: string[] }>();
  return bands.map((_, i) => ({
    minNs: Number(row?.q[2 * i] ?? 0),
    maxNs: Number(row?.q[2 * i + 1] ?? 0),
  }));
}

/**
 * The spans of a search (an operation, its window and filters), within a duration band when
 * given (or within bounds read for it already). Past `cap`, a fixed pseudo-random subset (by span
 * id hash), so a cohort's profile is the same on every read and not biased to the slowest or the
 * newest.
 */
export async function queryCohortSpans(
  client: ClickHouseClient,
  search: SpanSearch,
  band: DurationBand | undefined,
  cap: number,
  bounds?: DurationBounds,
): Promise<CohortSpans> {
  const where = spanFilters(search);
  const { minNs, maxNs } = bounds ?? (await queryBounds(client, where, band));
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

/** A band's bounds, or without a band the shortest and longest duration. */
async function queryBounds(
  client: ClickHouseClient,
  where: SqlFragment,
  band: DurationBand | undefined,
): Promise<DurationBounds> {
  const quantiles = band
    ? sqlFragment`quantilesExact(${param('Float64', band.fromQuantile)}, ${param('Float64', band.toQuantile)})(Duration)`
    : sqlFragment`[min(Duration), max(Duration)]`;
  const rs = await client.query({
    ...sql`SELECT toString(q[1]) AS minNs, toString(q[2]) AS maxNs FROM (
      SELECT ${quantiles} AS q FROM otel_traces WHERE ${where})`,
    format: 'JSONEachRow',
  });
  const [bounds] = await rs.json<{ minNs: string; maxNs: string }>();
  return { minNs: Number(bounds?.minNs ?? 0), maxNs: Number(bounds?.maxNs ?? 0) };
}
