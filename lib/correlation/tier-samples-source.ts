import { param, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import type { CorrelationTier } from './correlation-tier';
import { spanProcess } from './span-process';

/**
 * The samples a tier matches to a set of spans of one trace, as a subquery with the columns
 * Timestamp, StackId, Value, Period, SampleType, SampleUnit, ProcessPid, ThreadId, HostName,
 * K8s*. Returns undefined when the spans lack what the tier needs (no pid, no thread).
 */
export function tierSamplesSource(
  tier: CorrelationTier,
  traceId: string,
  spans: readonly TraceSpan[],
): SqlFragment | undefined {
  const ids = param(
    'Array(String)',
    spans.map((s) => s.spanId),
  );
  switch (tier) {
    case 'exact':
      return sqlFragment`SELECT * FROM profile_samples_by_span
        WHERE TraceId = ${param('String', traceId)} AND SpanId IN ${ids} AND SpanSource = 'link'`;
    case 'label':
      // A label may carry the span id alone; those rows have TraceId ''.
      return sqlFragment`SELECT * FROM profile_samples_by_span
        WHERE TraceId IN (${param('String', traceId)}, '') AND SpanId IN ${ids} AND SpanSource = 'label'`;
    case 'thread':
    case 'process':
      return windowSource(tier === 'thread', spans, ids);
  }
}

function windowSource(
  byThread: boolean,
  spans: readonly TraceSpan[],
  ids: ReturnType<typeof param>,
): SqlFragment | undefined {
  const windows = spans
    .map((s) => ({ s, p: spanProcess(s) }))
    .filter(({ p }) => (p.pid > 0 || p.containerId !== '') && (!byThread || p.threadId > 0));
  if (windows.length === 0) return undefined;
  const starts = windows.map(({ s }) => BigInt(s.startNs));
  const ends = windows.map(({ s }) => BigInt(s.startNs) + BigInt(s.durationNs));
  const min = starts.reduce((a, b) => (a < b ? a : b));
  const max = ends.reduce((a, b) => (a > b ? a : b));
  const hosts = param(
    'Array(String)',
    windows.map(({ p }) => p.hostName),
  );
  const pids = param(
    'Array(UInt32)',
    windows.map(({ p }) => p.pid),
  );
  const containers = param(
    'Array(String)',
    windows.map(({ p }) => p.containerId),
  );
  const tids = param(
    'Array(UInt32)',
    windows.map(({ p }) => (byThread ? p.threadId : 0)),
  );
  const startNs = param('Array(Int64)', starts);
  const endNs = param('Array(Int64)', ends);
  // A sample matches a window when it ran in the span's process (host and pid; a sample without
  // host.name matches any host; without a pid, the container), on its thread for the thread tier,
  // inside its time. Samples that name another span belong to that span, not to this window.
  // Key prefilter: profile_samples is ordered by (HostName, ProcessPid, ThreadId, Timestamp).
  const allHavePid = windows.every(({ p }) => p.pid > 0);
  const allHaveHost = windows.every(({ p }) => p.hostName !== '');
  const hostFilter = allHaveHost
    ? sqlFragment`(HostName IN ${hosts} OR HostName = '') AND`
    : sqlFragment``;
  const keyFilter = allHavePid
    ? sqlFragment`${hostFilter} ProcessPid IN ${pids} AND`
    : sqlFragment``;
  return sqlFragment`SELECT * FROM profile_samples
    WHERE ${keyFilter} Timestamp >= fromUnixTimestamp64Nano(${param('Int64', String(min))})
      AND Timestamp <= fromUnixTimestamp64Nano(${param('Int64', String(max))})
      AND (SpanId = '' OR SpanId IN ${ids})
      AND arrayExists(
        (h, p, c, t, s, e) ->
          ((p > 0 AND ProcessPid = p AND (HostName = h OR HostName = '' OR h = ''))
            OR (p = 0 AND ContainerId = c))
          AND (t = 0 OR ThreadId = t)
          AND toUnixTimestamp64Nano(Timestamp) >= s AND toUnixTimestamp64Nano(Timestamp) <= e,
        ${hosts}, ${pids}, ${containers}, ${tids}, ${startNs}, ${endNs})`;
}
