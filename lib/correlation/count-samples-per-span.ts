import 'server-only';
import { sampleTypeFilter } from './sample-kinds';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql, sqlConstant, sqlFragment } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import type { CorrelationTier } from './correlation-tier';
import {
  bestTier,
  inProcess,
  inTime,
  namedTierFilter,
  onThread,
  spanWindows,
  unclaimedBy,
  windowJoinKeys,
  windowsPrefilter,
  type WindowColumns,
} from './correlation-rules';
import { bucketWidthNs, sampleBucket, windowBucketRows } from './window-buckets';

/** Sample hits of a span by its most certain tier, as the span view counts them for the span. */
export interface SpanSampleCount {
  samples: number;
  tier: CorrelationTier;
}

type Hits = Record<CorrelationTier, number>;

/** The columns of the joined table of windows. */
const joined: WindowColumns = {
  host: sqlConstant('w.host'),
  pid: sqlConstant('w.pid'),
  container: sqlConstant('w.container'),
  tid: sqlConstant('w.tid'),
  start: sqlConstant('w.start'),
  end: sqlConstant('w.end'),
};

/**
 * Sample counts of a sample type for a page of spans, each span its own scope, in two queries:
 * named samples (link, label) from the span-keyed table, and window matches (thread, process) by
 * joining the samples to the windows of their process.
 */
export async function countSamplesPerSpan(
  client: ClickHouseClient,
  spans: readonly TraceSpan[],
  sampleType: string | undefined,
): Promise<Map<string, SpanSampleCount>> {
  if (spans.length === 0) return new Map();
  const named = await countNamedHits(client, spans, sampleType);
  return countWithNamedHits(client, spans, named, sampleType);
}

/** Named hits (link, label) of a span, by span id. */
export type NamedHits = Pick<Hits, 'exact' | 'label'>;

/** countSamplesPerSpan for spans whose named hits are known already (read with other things). */
export async function countWithNamedHits(
  client: ClickHouseClient,
  spans: readonly TraceSpan[],
  named: ReadonlyMap<string, NamedHits>,
  sampleType: string | undefined,
): Promise<Map<string, SpanSampleCount>> {
  const out = new Map<string, SpanSampleCount>();
  // Window counts only where no sample names the span: they are shown only then, and they cost.
  const windows = await countWindowHits(
    client,
    spans.filter((s) => {
      const n = named.get(s.spanId);
      return !n || n.exact + n.label === 0;
    }),
    sampleType,
  );
  for (const s of spans) {
    const hits: Hits = {
      exact: 0,
      label: 0,
      thread: 0,
      process: 0,
      ...named.get(s.spanId),
      ...windows.get(s.spanId),
    };
    const tier = bestTier(hits);
    if (tier) out.set(s.spanId, { samples: hits[tier], tier });
  }
  return out;
}

async function countNamedHits(
  client: ClickHouseClient,
  spans: readonly TraceSpan[],
  sampleType: string | undefined,
): Promise<Map<string, NamedHits>> {
  const trace = sqlConstant('w.trace');
  const rs = await client.query({
    ...sql`SELECT w.id AS spanId, countIf(${namedTierFilter('exact', trace)}) AS exact,
        countIf(${namedTierFilter('label', trace)}) AS label
      FROM (
        SELECT TraceId, SpanId, SpanSource FROM profile_samples_by_span
        WHERE TraceId IN ${param('Array(String)', [...new Set(spans.map((s) => s.traceId)), ''])}
          AND SpanId IN ${param(
            'Array(String)',
            spans.map((s) => s.spanId),
          )}
          AND ${sampleTypeFilter(sampleType)}
      ) AS s
      INNER JOIN (
        SELECT x.1 AS id, x.2 AS trace FROM (SELECT arrayJoin(arrayZip(
          ${param(
            'Array(String)',
            spans.map((s) => s.spanId),
          )},
          ${param(
            'Array(String)',
            spans.map((s) => s.traceId),
          )})) AS x)
      ) AS w ON s.SpanId = w.id
      GROUP BY w.id`,
    format: 'JSONEachRow',
  });
  const out = new Map<string, NamedHits>();
  for (const r of await rs.json<{ spanId: string; exact: string; label: string }>()) {
    out.set(r.spanId, { exact: Number(r.exact), label: Number(r.label) });
  }
  return out;
}

async function countWindowHits(
  client: ClickHouseClient,
  spans: readonly TraceSpan[],
  sampleType: string | undefined,
): Promise<Map<string, Pick<Hits, 'thread' | 'process'>>> {
  const ws = spanWindows(spans, 'process');
  const out = new Map<string, Pick<Hits, 'thread' | 'process'>>();
  if (ws.length === 0) return out;
  const width = bucketWidthNs(ws);
  // A hash join of the samples of the spans' processes against the windows as a small table,
  // by process and time bucket: each sample meets only the windows of its process and bucket.
  const q = sql`
    SELECT w.id AS spanId, countIf(${onThread(joined)}) AS thread, count() AS process
    FROM (
      SELECT ProcessPid, HostName, ContainerId, ThreadId, SpanId, Timestamp,
        ${windowJoinKeys(ws).sample} AS key, ${sampleBucket(width)} AS bucket
      FROM profile_samples
      WHERE ${windowsPrefilter(ws)} AND ${sampleTypeFilter(sampleType)}
    ) AS s
    INNER JOIN (${windowBucketRows(ws, width)}) AS w ON s.key = w.key AND s.bucket = w.bucket
    WHERE ${inProcess(joined)} AND ${inTime(joined)} AND ${unclaimedBy(sqlFragment`[w.id]`)}
    GROUP BY w.id`;
  const rs = await client.query({ ...q, format: 'JSONEachRow' });
  for (const r of await rs.json<{ spanId: string; thread: string; process: string }>()) {
    out.set(r.spanId, { thread: Number(r.thread), process: Number(r.process) });
  }
  return out;
}
