import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { inlineSqlParams, param, sql, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import type { SpanBreakdown, ThreadBreakdown } from '../contract/profile-models';
import type { TraceSpan } from '../contract/span-models';
import { bestTier, spanProcess } from './correlation-rules';
import { correlationTiers, type CorrelationTier, type ProfileScope } from './correlation-tier';
import { expectedSamples } from './expected-samples';
import { offCpuClipped, sampleKindSql } from './sample-kinds';
import { scopeSpans, scopeTime } from './scope-spans';
import { tierSamplesSource } from './tier-samples-source';

/** How far around the scope's time a process's off-CPU samples show that the agent records them. */
const recordingMarginNs = 300_000_000_000n;

export interface SpanBreakdownRequest {
  traceId: string;
  spanId: string;
  scope: ProfileScope;
  /** A tier the user chose, or undefined for the most certain tier with on- or off-CPU samples. */
  tier: CorrelationTier | undefined;
}

/**
 * Where the time of a span (or its scope) went: on-CPU and off-CPU time of each thread whose
 * samples the tier matches, and what neither explains. Undefined when the span is not in the trace.
 */
export async function querySpanBreakdown(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  request: SpanBreakdownRequest,
): Promise<SpanBreakdown | undefined> {
  const selected = trace.find((s) => s.spanId === request.spanId);
  if (!selected) return undefined;
  const spans = scopeSpans(trace, request.spanId, request.scope);
  const sources = new Map<CorrelationTier, SqlFragment>();
  for (const tier of correlationTiers) {
    const source = tierSamplesSource(tier, request.traceId, spans);
    if (source) sources.set(tier, source);
  }
  const tier = request.tier ?? bestTier(await countTimeHits(client, sources));
  const source = tier ? sources.get(tier) : undefined;
  const [startNs, endNs] = scopeTime(spans);
  const query = source ? threadTimesQuery(source, startNs, endNs) : undefined;
  const threads = query ? await readThreads(client, query) : [];
  const durationNs =
    request.scope === 'span' ? Number(selected.durationNs) : Number(endNs - startNs);
  const byThread = threads.map((t) => ({
    ...t,
    unaccountedNs: Math.max(0, durationNs - t.onCpuNs - t.offCpuNs),
  }));
  const onCpuNs = sum(byThread, (t) => t.onCpuNs);
  const offCpuNs = sum(byThread, (t) => t.offCpuNs);
  const periodNs = threads.reduce((p, t) => Math.max(p, t.periodNs), 0);
  return {
    scope: request.scope,
    tier: tier ?? 'none',
    durationNs,
    onCpuNs,
    offCpuNs,
    unaccountedNs: Math.max(0, durationNs - onCpuNs - offCpuNs),
    coverage: {
      onCpu: {
        found: sum(byThread, (t) => t.onCpuHits),
        expected: periodNs > 0 ? expectedSamples(spans, periodNs) : 0,
        periodNs,
      },
      offCpu: {
        found: sum(byThread, (t) => t.offCpuHits),
        recording: await recordsOffCpu(client, processesOf(spans, threads), startNs, endNs),
      },
    },
    byThread: byThread.map(withoutPeriod),
    sql: query ? inlineSqlParams(sql`${query}`) : '',
  };
}

function withoutPeriod(t: ThreadTimes & { unaccountedNs: number }): ThreadBreakdown {
  return {
    hostName: t.hostName,
    pid: t.pid,
    threadId: t.threadId,
    onCpuNs: t.onCpuNs,
    offCpuNs: t.offCpuNs,
    unaccountedNs: t.unaccountedNs,
    onCpuHits: t.onCpuHits,
    offCpuHits: t.offCpuHits,
  };
}

function sum<T>(items: readonly T[], f: (item: T) => number): number {
  return items.reduce((total, item) => total + f(item), 0);
}

/** On- and off-CPU hits each tier's source would give. */
async function countTimeHits(
  client: ClickHouseClient,
  sources: Map<CorrelationTier, SqlFragment>,
): Promise<Record<CorrelationTier, number>> {
  const out: Record<CorrelationTier, number> = { exact: 0, label: 0, thread: 0, process: 0 };
  if (sources.size === 0) return out;
  const parts = [...sources].map(
    ([tier, source]) =>
      sqlFragment`SELECT ${param('String', tier)} AS tier, count() AS hits FROM (${source})
        WHERE ${sampleKindSql()} IN ('on-cpu', 'off-cpu')`,
  );
  const union = parts.reduce((a, b) => sqlFragment`${a} UNION ALL ${b}`);
  const rs = await client.query({ ...sql`${union}`, format: 'JSONEachRow' });
  for (const row of await rs.json<{ tier: CorrelationTier; hits: string }>()) {
    out[row.tier] = Number(row.hits);
  }
  return out;
}

/** On- and off-CPU time per thread, each off-CPU wait cut to the scope's time (offCpuClipped). */
function threadTimesQuery(source: SqlFragment, startNs: bigint, endNs: bigint): SqlFragment {
  return sqlFragment`
    SELECT HostName AS hostName, ProcessPid AS pid, ThreadId AS threadId,
           toString(sumIf(Value, kind = 'on-cpu')) AS onCpuNs,
           toString(sumIf(Value, kind = 'off-cpu')) AS offCpuNs,
           countIf(kind = 'on-cpu') AS onCpuHits, countIf(kind = 'off-cpu') AS offCpuHits,
           maxIf(Period, kind = 'on-cpu') AS periodNs
    FROM (
      SELECT HostName, ProcessPid, ThreadId, Value, Period, ${sampleKindSql()} AS kind
      FROM (${offCpuClipped(source, startNs, endNs)})
    )
    WHERE kind IN ('on-cpu', 'off-cpu')
    GROUP BY hostName, pid, threadId
    ORDER BY toInt64(onCpuNs) + toInt64(offCpuNs) DESC, threadId`;
}

interface ThreadTimes extends Omit<ThreadBreakdown, 'unaccountedNs'> {
  periodNs: number;
}

async function readThreads(client: ClickHouseClient, query: SqlFragment): Promise<ThreadTimes[]> {
  const rs = await client.query({ ...sql`${query}`, format: 'JSONEachRow' });
  const rows = await rs.json<{
    hostName: string;
    pid: number;
    threadId: number;
    onCpuNs: string;
    offCpuNs: string;
    onCpuHits: string;
    offCpuHits: string;
    periodNs: string;
  }>();
  return rows.map((r) => ({
    hostName: r.hostName,
    pid: r.pid,
    threadId: r.threadId,
    onCpuNs: Number(r.onCpuNs),
    offCpuNs: Number(r.offCpuNs),
    onCpuHits: Number(r.onCpuHits),
    offCpuHits: Number(r.offCpuHits),
    periodNs: Number(r.periodNs),
  }));
}

/** The processes whose off-CPU recording matters: those seen in the samples, else the spans'. */
function processesOf(
  spans: readonly TraceSpan[],
  threads: readonly ThreadTimes[],
): { hostName: string; pid: number }[] {
  const seen = threads.map((t) => ({ hostName: t.hostName, pid: t.pid }));
  if (seen.length > 0) return seen;
  return spans.map(spanProcess).filter((p) => p.pid > 0);
}

/** Whether any of the processes sent off-CPU samples near the scope's time. */
async function recordsOffCpu(
  client: ClickHouseClient,
  processes: readonly { hostName: string; pid: number }[],
  startNs: bigint,
  endNs: bigint,
): Promise<boolean> {
  if (processes.length === 0) return false;
  const pids = param('Array(UInt32)', [...new Set(processes.map((p) => p.pid))]);
  const hosts = param('Array(String)', [...new Set(processes.map((p) => p.hostName))]);
  const rs = await client.query({
    ...sql`SELECT count() AS n FROM (
      SELECT 1 FROM profile_samples
      WHERE ProcessPid IN ${pids} AND (HostName IN ${hosts} OR has(${hosts}, ''))
        AND Timestamp >= fromUnixTimestamp64Nano(${param('Int64', startNs - recordingMarginNs)})
        AND Timestamp <= fromUnixTimestamp64Nano(${param('Int64', endNs + recordingMarginNs)})
        AND ${sampleKindSql()} = 'off-cpu'
      LIMIT 1)`,
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<{ n: string }>();
  return Number(row?.n ?? 0) > 0;
}
