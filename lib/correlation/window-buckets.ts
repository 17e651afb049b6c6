import { param, sqlConstant, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import {
  sampleJoinKeys,
  spanWindows,
  unclaimedBy,
  windowJoinKey,
  windowsPrefilter,
  type SpanWindow,
} from './correlation-rules';
import { inAnyWindow, tierSamplesSource } from './tier-samples-source';

/**
 * Samples joined to many spans' windows by time bucket. Joined by process alone, each sample
 * meets every window of its process (a cohort of a thousand spans on a few dozen pods: dozens
 * each). Time is cut into buckets and each window into the buckets it overlaps, so a sample
 * meets only the windows of its own bucket; the tiers' exact rules are checked after the join.
 */

/** The windows' mean length (at least 1 ms): a window then overlaps about two buckets. */
export function bucketWidthNs(windows: readonly SpanWindow[]): bigint {
  const total = windows.reduce((sum, w) => sum + (w.endNs - w.startNs), 0n);
  const mean = total / BigInt(Math.max(1, windows.length));
  return mean > 1_000_000n ? mean : 1_000_000n;
}

/** The bucket of a sample (a row of profile_samples); Int64 on both sides, shown SQL too. */
export function sampleBucket(widthNs: bigint): SqlFragment {
  return sqlFragment`toInt64(intDiv(toUnixTimestamp64Nano(Timestamp), ${param('Int64', widthNs)}))`;
}

/**
 * The windows as a table, one row per window and bucket it overlaps, with the columns id, host,
 * pid, container, tid, start, end, key (windowJoinKey) and bucket.
 */
export function windowBucketRows(windows: readonly SpanWindow[], widthNs: bigint): SqlFragment {
  const column = (type: string, values: unknown[]) => param(`Array(${type})`, values);
  const width = param('Int64', widthNs);
  return sqlFragment`SELECT x.1 AS id, x.2 AS host, x.3 AS pid, x.4 AS container, x.5 AS tid,
      x.6 AS start, x.7 AS end, ${windowJoinKey(sqlConstant('pid'), sqlConstant('container'))} AS key,
      toInt64(b) AS bucket
    FROM (SELECT arrayJoin(arrayZip(
      ${column(
        'String',
        windows.map((w) => w.spanId),
      )},
      ${column(
        'String',
        windows.map((w) => w.process.hostName),
      )},
      ${column(
        'UInt32',
        windows.map((w) => w.process.pid),
      )},
      ${column(
        'String',
        windows.map((w) => w.process.containerId),
      )},
      ${column(
        'UInt32',
        windows.map((w) => w.process.threadId),
      )},
      ${column(
        'Int64',
        windows.map((w) => w.startNs),
      )},
      ${column(
        'Int64',
        windows.map((w) => w.endNs),
      )})) AS x)
    ARRAY JOIN range(intDiv(x.6, ${width}), intDiv(x.7, ${width}) + 1) AS b`;
}

/** The columns of a window-matched sample that the cohort's stacks read. */
const sampleColumns = sqlConstant(
  'Timestamp, StackId, Value, Period, SampleType, SampleUnit, HostName, ProcessPid, ThreadId',
);

/**
 * The samples a window tier matches to spans of many traces, each sample once: what
 * tierSamplesSource(tier, '', spans) gives, with the columns of sampleColumns. Each sample meets
 * its bucket's windows as arrays, tested as tierSamplesSource tests all of them. When some
 * windows have a pid and others only a container, a sample could meet its windows under two
 * keys (and count twice), so those spans take tierSamplesSource itself.
 */
export function bucketedWindowSource(
  tier: 'thread' | 'process',
  spans: readonly TraceSpan[],
): SqlFragment | undefined {
  const windows = spanWindows(spans, tier);
  if (windows.length === 0) return undefined;
  const { key, single } = sampleJoinKeys(windows);
  if (!single) return tierSamplesSource(tier, '', spans);
  const width = bucketWidthNs(windows);
  const ids = param(
    'Array(String)',
    spans.map((s) => s.spanId),
  );
  const arrays = {
    hosts: sqlConstant('wb.hosts'),
    pids: sqlConstant('wb.pids'),
    containers: sqlConstant('wb.containers'),
    tids: sqlConstant('wb.tids'),
    starts: sqlConstant('wb.starts'),
    ends: sqlConstant('wb.ends'),
  };
  return sqlFragment`SELECT ${sampleColumns}
    FROM (
      SELECT ${sampleColumns}, ContainerId, ${key} AS key, ${sampleBucket(width)} AS bucket
      FROM profile_samples
      WHERE ${windowsPrefilter(windows)} AND ${unclaimedBy(sqlFragment`${ids}`)}
    ) AS smp
    INNER JOIN (
      SELECT key, bucket, groupArray(host) AS hosts, groupArray(pid) AS pids,
        groupArray(container) AS containers, groupArray(tid) AS tids,
        groupArray(start) AS starts, groupArray(end) AS ends
      FROM (${windowBucketRows(windows, width)}) GROUP BY key, bucket
    ) AS wb ON smp.key = wb.key AND smp.bucket = wb.bucket
    WHERE ${inAnyWindow(tier, arrays)}`;
}
