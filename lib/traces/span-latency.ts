import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from '../clickhouse/sql';
import type { LatencyHeatmap } from '../contract/span-models';
import { latencyBucketsPerOctave } from '../contract/span-models';
import { spanFilters } from './search-spans';
import type { SpanSearch } from './span-search';

/** Columns of time the heatmap is cut into. */
const timeColumns = 80;

/**
 * Every span a search matches, whatever its limit: how many, and their durations over time as a
 * heatmap (time columns × duration rows, a row per quarter octave), over the time the matching
 * spans cover rather than the whole search range, so a burst of data is not squeezed to an edge.
 */
export async function querySpanLatency(
  client: ClickHouseClient,
  search: SpanSearch,
): Promise<{ matched: number; latency: LatencyHeatmap }> {
  const where = spanFilters(search);
  const extentRs = await client.query({
    ...sql`SELECT count() AS n, toString(min(toUnixTimestamp64Milli(Timestamp))) AS first,
             toString(max(toUnixTimestamp64Milli(Timestamp))) AS last
           FROM otel_traces WHERE ${where}`,
    format: 'JSONEachRow',
  });
  const [extent] = await extentRs.json<{ n: string; first: string; last: string }>();
  const matched = Number(extent?.n ?? 0);
  if (matched === 0) {
    return {
      matched,
      latency: { fromMs: search.fromMs, toMs: search.toMs, stepMs: 1, cells: [] },
    };
  }
  const first = Number(extent?.first);
  const last = Number(extent?.last);
  // A little room on each side; a single instant gets a minute.
  const pad = Math.max((last - first) * 0.02, last === first ? 30_000 : 0);
  const fromMs = Math.max(search.fromMs, Math.floor(first - pad));
  const toMs = Math.min(search.toMs, Math.ceil(last + pad));
  const stepMs = Math.max(Math.ceil((toMs - fromMs + 1) / timeColumns), 1);
  const rs = await client.query({
    ...sql`SELECT intDiv(toUnixTimestamp64Milli(Timestamp) - ${param('Int64', fromMs)}, ${param('UInt64', stepMs)}) AS t,
             toUInt32(floor(log2(greatest(Duration, 1)) * ${param('UInt32', latencyBucketsPerOctave)})) AS d,
             count() AS n, countIf(StatusCode = 'Error') AS errors
           FROM otel_traces WHERE ${where}
           GROUP BY t, d ORDER BY t, d`,
    format: 'JSONEachRow',
  });
  const cells = (await rs.json<{ t: string; d: number; n: string; errors: string }>()).map(
    (r) => [Number(r.t), r.d, Number(r.n), Number(r.errors)] as [number, number, number, number],
  );
  return { matched, latency: { fromMs, toMs, stepMs, cells } };
}
