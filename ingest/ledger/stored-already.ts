import type { ClickHouseClient } from '@clickhouse/client';
import type { SampleGroup, SpanRecord } from '../normalize/model';

/**
 * What of an `uncertain` request (attempted before, maybe partly stored) is not in the store yet,
 * by the rows' own identity: a span by its trace and span id, a sample hit by its process, thread,
 * stack and time. Only retries of such requests are checked, so these reads are rare.
 */

/** The spans whose (TraceId, SpanId) is not stored yet. */
export async function spansNotStored(
  client: ClickHouseClient,
  spans: readonly SpanRecord[],
): Promise<SpanRecord[]> {
  if (spans.length === 0) return [];
  let min = spans[0]?.startNs ?? 0n;
  let max = min;
  for (const s of spans) {
    if (s.startNs < min) min = s.startNs;
    if (s.startNs > max) max = s.startNs;
  }
  const result = await client.query({
    query: `SELECT TraceId, SpanId FROM otel_traces
            WHERE Timestamp BETWEEN fromUnixTimestamp64Nano({min:Int64})
                                AND fromUnixTimestamp64Nano({max:Int64})
              AND TraceId IN {traces:Array(String)} AND SpanId IN {spans:Array(String)}`,
    query_params: {
      min: min.toString(),
      max: max.toString(),
      traces: [...new Set(spans.map((s) => s.traceId))],
      spans: spans.map((s) => s.spanId),
    },
    format: 'JSONEachRow',
  });
  const stored = new Set(
    (await result.json<{ TraceId: string; SpanId: string }>()).map(
      (r) => `${r.TraceId}/${r.SpanId}`,
    ),
  );
  return spans.filter((s) => !stored.has(`${s.traceId}/${s.spanId}`));
}

const hitKey = (host: string, pid: number, tid: number, stack: string, time: string): string =>
  `${host}\u0000${pid}\u0000${tid}\u0000${stack}\u0000${time}`;

/** The sample groups with only their hits that are not stored yet; groups left empty go. */
export async function hitsNotStored(
  client: ClickHouseClient,
  groups: readonly SampleGroup[],
): Promise<SampleGroup[]> {
  let lo = Infinity;
  let hi = -Infinity;
  for (const g of groups) {
    for (const t of g.timestamps) {
      const seconds = Number(t);
      if (seconds < lo) lo = seconds;
      if (seconds > hi) hi = seconds;
    }
  }
  if (lo > hi) return [];
  // Seconds as doubles: the bounds are widened by a second, the exact match is on the text.
  const min = Math.floor(lo) - 1;
  const max = Math.ceil(hi) + 1;
  const result = await client.query({
    query: `SELECT HostName AS host, ProcessPid AS pid, ThreadId AS tid, toString(StackId) AS stack,
                   concat(toString(toUnixTimestamp(Timestamp)), '.',
                          leftPad(toString(toUnixTimestamp64Nano(Timestamp) % 1000000000), 9, '0')) AS time
            FROM profile_samples
            WHERE Timestamp BETWEEN toDateTime64({min:UInt32}, 9) AND toDateTime64({max:UInt32}, 9)
              AND HostName IN {hosts:Array(String)} AND ProcessPid IN {pids:Array(UInt32)}`,
    query_params: {
      min,
      max,
      hosts: [...new Set(groups.map((g) => g.process.hostName))],
      pids: [...new Set(groups.map((g) => g.process.pid))],
    },
    format: 'JSONEachRow',
  });
  const rows = await result.json<{
    host: string;
    pid: number;
    tid: number;
    stack: string;
    time: string;
  }>();
  const stored = new Set(rows.map((r) => hitKey(r.host, r.pid, r.tid, r.stack, r.time)));
  const out: SampleGroup[] = [];
  for (const g of groups) {
    const keep = g.timestamps.flatMap((t, i) =>
      stored.has(hitKey(g.process.hostName, g.process.pid, g.threadId, g.stackId, t)) ? [] : [i],
    );
    if (keep.length === g.timestamps.length) out.push(g);
    else if (keep.length > 0) {
      out.push({
        ...g,
        timestamps: keep.map((i) => g.timestamps[i] ?? ''),
        values: keep.map((i) => g.values[i] ?? 0),
      });
    }
  }
  return out;
}
