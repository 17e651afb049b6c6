import 'server-only';
import { sampleTypeFilter } from './sample-kinds';
import type { ClickHouseClient } from '@clickhouse/client';
import { inlineSqlParams, param, sql, sqlFragment, type SqlQuery } from '../clickhouse/sql';
import type { SpanRunningFunction } from '../contract/span-models';
import { stackRunsFunction } from '../symbols/stacks-running-function';

export interface FunctionSearch {
  /** Part of a function name, any case. */
  fn: string;
  fromMs: number;
  toMs: number;
  service?: string | undefined;
  /** A sample type, or undefined for the on-CPU samples. */
  sampleType: string | undefined;
  limit: number;
}

/**
 * The slowest spans that ran a function: spans with samples named for them (by link or label)
 * whose stacks contain the function, by frame name or by stored symbol (stackRunsFunction). Window-matched samples are not searched: which span they
 * belong to is decided per span view, not stored.
 */
export function spansRunningFunctionQuery(search: FunctionSearch): SqlQuery {
  const from = param('Int64', search.fromMs);
  const to = param('Int64', search.toMs);
  const service = search.service
    ? sqlFragment`AND t.ServiceName = ${param('String', search.service)}`
    : sqlFragment``;
  return sql`
    SELECT t.TraceId AS traceId, t.SpanId AS spanId, t.ServiceName AS service, t.SpanName AS name,
           toString(toUnixTimestamp64Nano(t.Timestamp)) AS startNs, toString(t.Duration) AS durationNs,
           m.samples AS samples, m.matching AS matching, round(m.matching / m.samples, 4) AS share
    FROM otel_traces AS t
    INNER JOIN (
      SELECT SpanId, count() AS samples, countIf(${stackRunsFunction(search.fn)}) AS matching
      FROM profile_samples_by_span
      WHERE Timestamp >= fromUnixTimestamp64Milli(${from}) AND Timestamp <= fromUnixTimestamp64Milli(${to})
        AND ${sampleTypeFilter(search.sampleType)}
      GROUP BY SpanId
      HAVING matching > 0
    ) AS m ON t.SpanId = m.SpanId
    WHERE t.Timestamp >= fromUnixTimestamp64Milli(${from}) - INTERVAL 1 HOUR
      AND t.Timestamp <= fromUnixTimestamp64Milli(${to}) ${service}
    ORDER BY t.Duration DESC
    LIMIT ${param('UInt32', search.limit)}`;
}

export async function querySpansRunningFunction(
  client: ClickHouseClient,
  search: FunctionSearch,
): Promise<{ spans: SpanRunningFunction[]; sql: string }> {
  const q = spansRunningFunctionQuery(search);
  const rs = await client.query({ ...q, format: 'JSONEachRow' });
  const rows = await rs.json<
    Omit<SpanRunningFunction, 'samples' | 'matching' | 'share'> & {
      samples: string;
      matching: string;
      // A Float64, which JSON carries as a number or (quoted 64-bit settings aside) a string.
      share: number | string;
    }
  >();
  return {
    spans: rows.map((r) => ({
      ...r,
      samples: Number(r.samples),
      matching: Number(r.matching),
      share: Number(r.share),
    })),
    sql: inlineSqlParams(q),
  };
}
