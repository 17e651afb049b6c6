import { param, sqlConstant, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import {
  spanWindows,
  unclaimedBy,
  windowJoinKeys,
  windowsPrefilter,
  type SpanWindow,
} from './correlation-rules';
import { inAnyWindow, tierSamplesSource, windowArrays } from './tier-samples-source';

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
 * pid, container, tid, start, end, key (windowJoinKeys) and bucket.
 */
export function windowBucketRows(windows: readonly SpanWindow[], widthNs: bigint): SqlFragment {
  const width = param('Int64', widthNs);
  const w = windowArrays(windows);
  const ids = param(
    'Array(String)',
    windows.map((x) => x.spanId),
  );
  return sqlFragment`SELECT x.1 AS id, x.2 AS host, x.3 AS pid, x.4 AS container, x.5 AS tid,
      x.6 AS start, x.7 AS end, ${windowJoinKeys(windows).window} AS key,
      toInt64(b) AS bucket
    FROM (SELECT arrayJoin(arrayZip(${ids}, ${w.hosts}, ${w.pids}, ${w.containers}, ${w.tids},
      ${w.starts}, ${w.ends})) AS x)
    ARRAY JOIN range(intDiv(x.6, ${width}), intDiv(x.7, ${width}) + 1) AS b`;
}

/** The columns of a window-matched sample that the cohort's stacks read. */
const sampleColumns = sqlConstant(
  'Timestamp, StackId, Value, Period, SampleType, SampleUnit, HostName, ProcessPid, ThreadId',
);

/** A window tier and the spans that take its samples. */
export interface WindowTierSpans {
  tier: 'thread' | 'process';
  spans: readonly TraceSpan[];
}

/**
 * The samples a window tier matches to spans of many traces, each sample once: what
 * tierSamplesSource(tier, '', spans) gives, with the columns of sampleColumns.
 */
export function bucketedWindowSource(
  tier: 'thread' | 'process',
  spans: readonly TraceSpan[],
): SqlFragment | undefined {
  return bucketedWindowTiers([{ tier, spans }]);
}

/**
 * Several window tiers' samples in one read of profile_samples: each sample once per tier that
 * takes it, as the UNION ALL of their bucketedWindowSource. Each sample meets its bucket's
 * windows as arrays (one set per tier), tested as tierSamplesSource tests all of a tier's. When
 * some windows have a pid and others only a container, a sample could meet its windows under
 * two keys (and count twice), so those spans take tierSamplesSource itself.
 */
export function bucketedWindowTiers(parts: readonly WindowTierSpans[]): SqlFragment | undefined {
  const tiers = parts
    .map((p) => ({ ...p, windows: spanWindows(p.spans, p.tier) }))
    .filter((p) => p.windows.length > 0);
  const all = tiers.flatMap((p) => p.windows);
  if (all.length === 0) return undefined;
  const { sample: key, single } = windowJoinKeys(all);
  if (!single) {
    return tiers
      .flatMap((p) => tierSamplesSource(p.tier, '', p.spans) ?? [])
      .map((source) => sqlFragment`SELECT ${sampleColumns} FROM (${source})`)
      .reduce((a, b) => sqlFragment`${a} UNION ALL ${b}`);
  }
  const width = bucketWidthNs(all);
  const rows = tiers
    .map(
      (p, i) =>
        sqlFragment`SELECT ${param('UInt8', i)} AS part, * FROM (${windowBucketRows(p.windows, width)})`,
    )
    .reduce((a, b) => sqlFragment`${a} UNION ALL ${b}`);
  const arrays = tiers.map((_, i) => {
    const column = (name: string) => sqlConstant(`wb.${name}${i}`);
    const collect = (name: string, from: string) =>
      sqlFragment`groupArrayIf(${sqlConstant(from)}, part = ${param('UInt8', i)}) AS ${sqlConstant(`${name}${i}`)}`;
    return {
      columns: {
        hosts: column('hosts'),
        pids: column('pids'),
        containers: column('containers'),
        tids: column('tids'),
        starts: column('starts'),
        ends: column('ends'),
      },
      collected: sqlFragment`${collect('hosts', 'host')}, ${collect('pids', 'pid')},
        ${collect('containers', 'container')}, ${collect('tids', 'tid')},
        ${collect('starts', 'start')}, ${collect('ends', 'end')}`,
    };
  });
  const matches = tiers.map((p, i) => {
    const ids = param(
      'Array(String)',
      p.spans.map((s) => s.spanId),
    );
    const w = arrays[i]?.columns;
    return w
      ? sqlFragment`(${unclaimedBy(sqlFragment`${ids}`)} AND ${inAnyWindow(p.tier, w)})`
      : sqlFragment`0`;
  });
  const any = matches.reduce((a, b) => sqlFragment`${a} OR ${b}`);
  const collected = arrays.map((a) => a.collected).reduce((a, b) => sqlFragment`${a}, ${b}`);
  // One row per tier that takes the sample (only needed with two tiers).
  const perTier =
    matches.length > 1
      ? sqlFragment`ARRAY JOIN arrayFilter(m -> m, [${matches.reduce((a, b) => sqlFragment`${a}, ${b}`)}]) AS matched`
      : sqlFragment``;
  return sqlFragment`SELECT ${sampleColumns}
    FROM (
      SELECT ${sampleColumns}, ContainerId, SpanId, ${key} AS key, ${sampleBucket(width)} AS bucket
      FROM profile_samples
      WHERE ${windowsPrefilter(all)}
    ) AS smp
    INNER JOIN (
      SELECT key, bucket, ${collected} FROM (${rows}) GROUP BY key, bucket
    ) AS wb ON smp.key = wb.key AND smp.bucket = wb.bucket
    ${perTier}
    WHERE ${any}`;
}
