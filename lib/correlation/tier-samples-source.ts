import { param, sqlConstant, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import type { CorrelationTier } from './correlation-tier';
import {
  inProcess,
  inTime,
  namedTierFilter,
  onThread,
  spanWindows,
  unclaimedBy,
  windowsPrefilter,
  type SpanWindow,
  type WindowColumns,
} from './correlation-rules';

/** The window arrays' elements as the lambda of arrayExists names them. */
const lambda: WindowColumns = {
  host: sqlConstant('h'),
  pid: sqlConstant('p'),
  container: sqlConstant('c'),
  tid: sqlConstant('t'),
  start: sqlConstant('s'),
  end: sqlConstant('e'),
};

/**
 * The samples a tier matches to a set of spans of one trace, as a subquery with the columns
 * Timestamp, StackId, Value, Period, SampleType, SampleUnit, ProcessPid, ThreadId, HostName,
 * K8s*. Returns undefined when the spans lack what the tier needs (no process, no thread).
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
    case 'label':
      return sqlFragment`SELECT * FROM profile_samples_by_span
        WHERE SpanId IN ${ids} AND ${namedTierFilter(tier, sqlFragment`${param('String', traceId)}`)}`;
    case 'thread':
    case 'process':
      return windowSource(tier, spans, ids);
  }
}

/** The samples inside any of the spans' windows, each sample once. */
function windowSource(
  tier: 'thread' | 'process',
  spans: readonly TraceSpan[],
  ids: ReturnType<typeof param>,
): SqlFragment | undefined {
  const windows = spanWindows(spans, tier);
  if (windows.length === 0) return undefined;
  return sqlFragment`SELECT * FROM profile_samples
    WHERE ${windowsPrefilter(windows)} AND ${unclaimedBy(sqlFragment`${ids}`)}
      AND ${inAnyWindow(tier, windowArrays(windows))}`;
}

/** Windows as parallel arrays, one element per window, in SpanWindow's order. */
export interface WindowArrays {
  hosts: SqlFragment;
  pids: SqlFragment;
  containers: SqlFragment;
  tids: SqlFragment;
  starts: SqlFragment;
  ends: SqlFragment;
}

export function windowArrays(windows: readonly SpanWindow[]): WindowArrays {
  const column = (type: string, value: (w: SpanWindow) => unknown) =>
    sqlFragment`${param(`Array(${type})`, windows.map(value))}`;
  return {
    hosts: column('String', (w) => w.process.hostName),
    pids: column('UInt32', (w) => w.process.pid),
    containers: column('String', (w) => w.process.containerId),
    tids: column('UInt32', (w) => w.process.threadId),
    starts: column('Int64', (w) => w.startNs),
    ends: column('Int64', (w) => w.endNs),
  };
}

/** A sample (columns of profile_samples) lies in one of the windows by the tier's rules. */
export function inAnyWindow(tier: 'thread' | 'process', w: WindowArrays): SqlFragment {
  const thread = tier === 'thread' ? sqlFragment`AND ${onThread(lambda)}` : sqlFragment``;
  return sqlFragment`arrayExists(
        (h, p, c, t, s, e) -> ${inProcess(lambda)} ${thread} AND ${inTime(lambda)},
        ${w.hosts}, ${w.pids}, ${w.containers}, ${w.tids}, ${w.starts}, ${w.ends})`;
}

/** A slice of a span's time, in ns from its start; an end left out is not cut. */
export interface SpanSlice {
  fromNs: number | undefined;
  toNs: number | undefined;
}

/**
 * The samples of `source` taken inside a slice of the span that starts at `spanStartNs` (unix
 * ns), ends included as in the tiers' own windows: the one place a slice cuts samples.
 */
export function samplesInSlice(
  source: SqlFragment,
  spanStartNs: bigint,
  slice: SpanSlice,
): SqlFragment {
  const at = (offsetNs: number) => param('Int64', String(spanStartNs + BigInt(offsetNs)));
  const time = sqlFragment`toUnixTimestamp64Nano(Timestamp)`;
  const from =
    slice.fromNs === undefined ? sqlFragment`1` : sqlFragment`${time} >= ${at(slice.fromNs)}`;
  const to = slice.toNs === undefined ? sqlFragment`1` : sqlFragment`${time} <= ${at(slice.toNs)}`;
  return sqlFragment`SELECT * FROM (${source}) WHERE ${from} AND ${to}`;
}
