import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import type {
  SpanTimeline,
  ThreadLane,
  TimelineChild,
  TimelineSample,
  TimelineSampleType,
} from '../contract/timeline-models';
import { sampleKindOf } from './sample-kinds';
import { selectSpanSamples, type SpanSamplesRequest } from './span-sample-selection';

/** The most samples a timeline answer carries; beyond it each lane is thinned evenly. */
export const timelineSampleLimit = 5_000;

/**
 * The threads that ran for a span and their samples of every type, under the scope and tier its
 * profile would use (selectSpanSamples), and the span's direct children. Undefined when the span
 * is not in the trace.
 */
export async function querySpanTimeline(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  request: SpanSamplesRequest,
  limit = timelineSampleLimit,
): Promise<SpanTimeline | undefined> {
  const selection = await selectSpanSamples(client, trace, request);
  if (!selection) return undefined;
  const { selected, tier, scope, emptyScopes, sources } = selection;
  const startNs = BigInt(selected.startNs);
  const source = tier ? sources.get(tier) : undefined;
  const base = {
    span: {
      spanId: selected.spanId,
      name: selected.name,
      startNs: selected.startNs,
      durationNs: selected.durationNs,
    },
    tier: tier ?? 'none',
    scope,
    emptyScopes,
    children: directChildren(trace, selected),
    sampleLimit: limit,
  } as const;
  if (!source) return { ...base, sampleTypes: [], threads: [], sampleTotal: 0, capped: false };
  const [types, lanes] = await Promise.all([
    querySampleTypes(client, source),
    queryLanes(client, source),
  ]);
  const sampleTotal = types.reduce((n, t) => n + t.count, 0);
  // Each lane and type keeps its first sample, so leave room for one of each below the limit.
  const room = Math.max(1, limit - lanes.length * types.length);
  const step = sampleTotal > limit ? Math.ceil(sampleTotal / room) : 1;
  const samples = await querySamples(client, source, startNs, step, limit);
  const names = await queryThreadNames(client, lanes);
  const threads = lanes.map(({ hostName, pid, threadId, sampleCount }): ThreadLane => {
    const key = laneKey({ hostName, pid, threadId });
    const own = samples.get(key) ?? [];
    return { hostName, pid, threadId, threadName: names.get(key) ?? '', sampleCount, samples: own };
  });
  return { ...base, sampleTypes: types, threads, sampleTotal, capped: step > 1 };
}

/** The span's direct children, by start, placed on its time. */
function directChildren(trace: readonly TraceSpan[], span: TraceSpan): TimelineChild[] {
  const start = BigInt(span.startNs);
  return trace
    .filter((s) => s.parentSpanId === span.spanId && s.spanId !== span.spanId)
    .map((s) => ({
      spanId: s.spanId,
      name: s.name,
      service: s.service,
      offsetNs: Number(BigInt(s.startNs) - start),
      durationNs: Number(s.durationNs),
    }))
    .sort((a, b) => a.offsetNs - b.offsetNs);
}

interface LaneId {
  hostName: string;
  pid: number;
  threadId: number;
}

const laneKey = (l: LaneId): string => `${l.hostName}/${l.pid}/${l.threadId}`;

async function querySampleTypes(
  client: ClickHouseClient,
  source: SqlFragment,
): Promise<TimelineSampleType[]> {
  const rs = await client.query({
    ...sql`SELECT SampleType AS sampleType, any(SampleUnit) AS unit, max(Period) AS period,
        count() AS count
      FROM (${source}) GROUP BY SampleType ORDER BY SampleType`,
    format: 'JSONEachRow',
  });
  const rows = await rs.json<{ sampleType: string; unit: string; period: string; count: string }>();
  return rows.map((r) => ({
    sampleType: r.sampleType,
    unit: r.unit,
    kind: sampleKindOf(r.sampleType, r.unit, Number(r.period)),
    count: Number(r.count),
  }));
}

interface LaneRow extends LaneId {
  sampleCount: number;
  firstNs: string;
  lastNs: string;
}

async function queryLanes(client: ClickHouseClient, source: SqlFragment): Promise<LaneRow[]> {
  const rs = await client.query({
    ...sql`SELECT HostName AS hostName, ProcessPid AS pid, ThreadId AS threadId,
        count() AS sampleCount, toString(min(toUnixTimestamp64Nano(Timestamp))) AS firstNs,
        toString(max(toUnixTimestamp64Nano(Timestamp))) AS lastNs
      FROM (${source}) GROUP BY HostName, ProcessPid, ThreadId
      ORDER BY HostName, ProcessPid, ThreadId`,
    format: 'JSONEachRow',
  });
  const rows = await rs.json<LaneId & { sampleCount: string; firstNs: string; lastNs: string }>();
  return rows.map((r) => ({ ...r, sampleCount: Number(r.sampleCount) }));
}

/**
 * The samples by lane in time order: every `step`-th of each lane and type (all with step 1),
 * at most `limit`.
 */
async function querySamples(
  client: ClickHouseClient,
  source: SqlFragment,
  startNs: bigint,
  step: number,
  limit: number,
): Promise<Map<string, TimelineSample[]>> {
  const rs = await client.query({
    ...sql`SELECT hostName, pid, threadId, t, sampleType, value, stackId FROM (
        SELECT HostName AS hostName, ProcessPid AS pid, ThreadId AS threadId,
          toUnixTimestamp64Nano(Timestamp) - ${param('Int64', String(startNs))} AS offset,
          toString(offset) AS t, SampleType AS sampleType, toString(Value) AS value,
          toString(StackId) AS stackId,
          row_number() OVER (PARTITION BY HostName, ProcessPid, ThreadId, SampleType
            ORDER BY Timestamp, StackId) AS n
        FROM (${source})
      ) WHERE (n - 1) % ${param('UInt64', step)} = 0
      ORDER BY hostName, pid, threadId, offset, sampleType
      LIMIT ${param('UInt64', limit)}`,
    format: 'JSONEachRow',
  });
  const rows = await rs.json<
    LaneId & { t: string; sampleType: string; value: string; stackId: string }
  >();
  const out = new Map<string, TimelineSample[]>();
  for (const r of rows) {
    const list = out.get(laneKey(r)) ?? [];
    list.push({
      t: Number(r.t),
      sampleType: r.sampleType,
      value: Number(r.value),
      stackId: r.stackId,
    });
    out.set(laneKey(r), list);
  }
  return out;
}

/**
 * Each lane's thread.name, from profile_samples over the lane's own samples' time (the samples
 * named for a span, in profile_samples_by_span, do not carry it).
 */
async function queryThreadNames(
  client: ClickHouseClient,
  lanes: readonly LaneRow[],
): Promise<Map<string, string>> {
  if (lanes.length === 0) return new Map();
  const min = lanes.map((l) => BigInt(l.firstNs)).reduce((a, b) => (a < b ? a : b));
  const max = lanes.map((l) => BigInt(l.lastNs)).reduce((a, b) => (a > b ? a : b));
  const pids = [...new Set(lanes.map((l) => l.pid))];
  const tids = [...new Set(lanes.map((l) => l.threadId))];
  const rs = await client.query({
    ...sql`SELECT HostName AS hostName, ProcessPid AS pid, ThreadId AS threadId,
        anyIf(ThreadName, ThreadName != '') AS threadName
      FROM profile_samples
      WHERE ProcessPid IN ${param('Array(UInt32)', pids)}
        AND ThreadId IN ${param('Array(UInt32)', tids)}
        AND ${timeBetween(min, max)}
      GROUP BY HostName, ProcessPid, ThreadId`,
    format: 'JSONEachRow',
  });
  const rows = await rs.json<LaneId & { threadName: string }>();
  return new Map(rows.map((r) => [laneKey(r), r.threadName]));
}

function timeBetween(min: bigint, max: bigint): SqlFragment {
  return sqlFragment`Timestamp >= fromUnixTimestamp64Nano(${param('Int64', String(min))})
    AND Timestamp <= fromUnixTimestamp64Nano(${param('Int64', String(max))})`;
}
