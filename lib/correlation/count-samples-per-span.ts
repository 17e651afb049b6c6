import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import type { CorrelationTier } from './correlation-tier';
import { spanProcess } from './span-process';

/** On-CPU sample hits of a span by its most certain tier. */
export interface SpanSampleCount {
  samples: number;
  tier: CorrelationTier;
}

/**
 * Sample counts for a page of spans in two queries: named samples (link, label) from the
 * span-keyed table, and window matches (thread, process) by expanding each sample into the
 * windows it falls in.
 */
export async function countSamplesPerSpan(
  client: ClickHouseClient,
  spans: readonly TraceSpan[],
): Promise<Map<string, SpanSampleCount>> {
  const out = new Map<string, SpanSampleCount>();
  if (spans.length === 0) return out;
  const named = await client.query({
    ...sql`SELECT SpanId AS spanId, SpanSource AS source, count() AS hits FROM profile_samples_by_span
      WHERE TraceId IN ${param('Array(String)', [...new Set(spans.map((s) => s.traceId)), ''])}
        AND SpanId IN ${param(
          'Array(String)',
          spans.map((s) => s.spanId),
        )} AND SampleType = 'cpu'
      GROUP BY SpanId, SpanSource`,
    format: 'JSONEachRow',
  });
  const byNamed = new Map<string, { link: number; label: number }>();
  for (const r of await named.json<{ spanId: string; source: string; hits: string }>()) {
    const e = byNamed.get(r.spanId) ?? { link: 0, label: 0 };
    if (r.source === 'link') e.link += Number(r.hits);
    else e.label += Number(r.hits);
    byNamed.set(r.spanId, e);
  }
  // Window counts only where no sample names the span: they are shown only then, and they cost.
  const windows = await countWindowHits(
    client,
    spans.filter((s) => {
      const n = byNamed.get(s.spanId);
      return !n || n.link + n.label === 0;
    }),
  );
  for (const s of spans) {
    const n = byNamed.get(s.spanId);
    const w = windows.get(s.spanId);
    if (n && n.link > 0) out.set(s.spanId, { samples: n.link, tier: 'exact' });
    else if (n && n.label > 0) out.set(s.spanId, { samples: n.label, tier: 'label' });
    else if (w && w.thread > 0) out.set(s.spanId, { samples: w.thread, tier: 'thread' });
    else if (w && w.process > 0) out.set(s.spanId, { samples: w.process, tier: 'process' });
  }
  return out;
}

async function countWindowHits(
  client: ClickHouseClient,
  spans: readonly TraceSpan[],
): Promise<Map<string, { thread: number; process: number }>> {
  const ws = spans.map((s) => ({ s, p: spanProcess(s) })).filter(({ p }) => p.pid > 0);
  const out = new Map<string, { thread: number; process: number }>();
  if (ws.length === 0) return out;
  const starts = ws.map(({ s }) => BigInt(s.startNs));
  const ends = ws.map(({ s }) => BigInt(s.startNs) + BigInt(s.durationNs));
  const minStart = starts.reduce((a, b) => (a < b ? a : b));
  const maxEnd = ends.reduce((a, b) => (a > b ? a : b));
  // A hash join of the samples of the spans' processes against the windows as a small table:
  // each sample meets only the windows of its own process, not every window of the page.
  const q = sql`
    SELECT w.id AS spanId, countIf(w.tid > 0 AND s.ThreadId = w.tid) AS thread, count() AS process
    FROM (
      SELECT ProcessPid, HostName, ThreadId, SpanId, toUnixTimestamp64Nano(Timestamp) AS ts
      FROM profile_samples
      WHERE ProcessPid IN ${param('Array(UInt32)', [...new Set(ws.map(({ p }) => p.pid))])}
        AND SampleType = 'cpu'
        AND Timestamp >= fromUnixTimestamp64Nano(${param('Int64', minStart)})
        AND Timestamp <= fromUnixTimestamp64Nano(${param('Int64', maxEnd)})
    ) AS s
    INNER JOIN (
      SELECT w.1 AS id, w.2 AS host, w.3 AS pid, w.4 AS tid, w.5 AS start, w.6 AS end
      FROM (SELECT arrayJoin(arrayZip(
        ${param(
          'Array(String)',
          ws.map(({ s }) => s.spanId),
        )},
        ${param(
          'Array(String)',
          ws.map(({ p }) => p.hostName),
        )},
        ${param(
          'Array(UInt32)',
          ws.map(({ p }) => p.pid),
        )},
        ${param(
          'Array(UInt32)',
          ws.map(({ p }) => p.threadId),
        )},
        ${param('Array(Int64)', starts)},
        ${param('Array(Int64)', ends)})) AS w)
    ) AS w ON s.ProcessPid = w.pid
    WHERE s.ts >= w.start AND s.ts <= w.end
      AND (s.HostName = w.host OR s.HostName = '' OR w.host = '')
      AND (s.SpanId = '' OR s.SpanId = w.id)
    GROUP BY w.id`;
  const rs = await client.query({ ...q, format: 'JSONEachRow' });
  for (const r of await rs.json<{ spanId: string; thread: string; process: string }>()) {
    out.set(r.spanId, { thread: Number(r.thread), process: Number(r.process) });
  }
  return out;
}
