import { param, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import { correlationTiers, type CorrelationTier } from './correlation-tier';

/**
 * The rules that match profile samples to spans, in one place: which tier wins, how a span's
 * process and thread are identified, which samples a tier takes, under which keys ingest keeps
 * what it learned about a process. The span view (span-profile.ts) and the explorer's counts
 * (count-samples-per-span.ts) both build their queries from these.
 */

/** The most certain tier with samples (correlationTiers is in that order), if any. */
export function bestTier(
  hits: Readonly<Record<CorrelationTier, number>>,
): CorrelationTier | undefined {
  return correlationTiers.find((t) => hits[t] > 0);
}

/** The process a resource names; '' / 0 when unknown. */
export interface ResourceProcess {
  hostName: string;
  pid: number;
  containerId: string;
}

/** Where a span ran, as far as its resource and attributes say; '' / 0 when unknown. */
export interface SpanProcess extends ResourceProcess {
  /** Thread that ran the span: thread.id, or the main thread for runtimes that run user code there. */
  threadId: number;
}

type Resource = Readonly<Record<string, string | undefined>>;

export function resourceProcess(resource: Resource): ResourceProcess {
  return {
    hostName: resource['host.name'] ?? '',
    pid: toId(resource['process.pid']),
    containerId: resource['container.id'] ?? '',
  };
}

/** Runtimes whose spans run on the process's main thread, whose thread id equals the pid. */
const mainThreadRuntimes = new Set(['nodejs', 'webjs']);

/** A runtime is known by its SDK's language or by the process's runtime name. */
function runsOnMainThread(resource: Resource): boolean {
  return [resource['telemetry.sdk.language'], resource['process.runtime.name']].some(
    (name) => name !== undefined && mainThreadRuntimes.has(name),
  );
}

export function spanProcess(span: TraceSpan): SpanProcess {
  const p = resourceProcess(span.resource);
  const threadAttr = toId(span.attributes['thread.id']);
  return { ...p, threadId: threadAttr || (runsOnMainThread(span.resource) ? p.pid : 0) };
}

/** A process is known by its pid or, without one, by its container. */
export function processKnown(p: ResourceProcess): boolean {
  return p.pid > 0 || p.containerId !== '';
}

/** The resource_context keys of a resource's process (`process:<host>/<pid>`) and container. */
export function contextKeys(resource: Resource): {
  process: string | undefined;
  container: string | undefined;
} {
  const p = resourceProcess(resource);
  return {
    process: p.hostName && p.pid > 0 ? `process:${p.hostName}/${p.pid}` : undefined,
    container: p.containerId ? `container:${p.containerId}` : undefined,
  };
}

/**
 * contextKeys in SQL, over a row's resource map (e.g. `ResourceAttributes` of otel_traces): the
 * same two keys, '' where contextKeys has none. A test holds the two to one answer.
 */
export function contextKeysSql(resource: SqlFragment): {
  process: SqlFragment;
  container: SqlFragment;
} {
  const host = sqlFragment`${resource}['host.name']`;
  const pid = sqlFragment`toUInt32OrZero(${resource}['process.pid'])`;
  const container = sqlFragment`${resource}['container.id']`;
  return {
    process: sqlFragment`if(${host} != '' AND ${pid} > 0, concat('process:', ${host}, '/', toString(${pid})), '')`,
    container: sqlFragment`if(${container} != '', concat('container:', ${container}), '')`,
  };
}

function toId(raw: string | undefined): number {
  const n = Number(raw ?? 0);
  return Number.isInteger(n) && n > 0 && n < 2 ** 32 ? n : 0;
}

/** Samples named for spans: by an OTLP Link (exact) or by a label (label). */
export type NamedTier = 'exact' | 'label';

/**
 * Rows of profile_samples_by_span that a named tier gives a span of trace `traceId`. A label may
 * carry the span id alone; those rows have TraceId ''.
 */
export function namedTierFilter(tier: NamedTier, traceId: SqlFragment): SqlFragment {
  return tier === 'exact'
    ? sqlFragment`(SpanSource = 'link' AND TraceId = ${traceId})`
    : sqlFragment`(SpanSource = 'label' AND TraceId IN (${traceId}, ''))`;
}

/** The named tier of a row's SpanSource ('link' or 'label'), as namedTierFilter reads it. */
export function namedTierOf(source: string): NamedTier | undefined {
  return source === 'link' ? 'exact' : source === 'label' ? 'label' : undefined;
}

/** namedTierFilter over values: the row TraceIds a named tier gives a span of trace `traceId`. */
export function namedTierTraces(tier: NamedTier, traceId: string): string[] {
  return tier === 'exact' ? [traceId] : [traceId, ''];
}

/**
 * For namedTierFilter over spans of many traces: the trace of the span a row names (a span id is
 * unique only within its trace; an id in two traces takes the first one's). A hash lookup per
 * row, where finding the row's span in a list would cost the list's length.
 */
export function traceOfNamedSpan(
  spans: readonly Pick<TraceSpan, 'traceId' | 'spanId'>[],
): SqlFragment {
  const ids = param(
    'Array(String)',
    spans.map((s) => s.spanId),
  );
  const traces = param(
    'Array(String)',
    spans.map((s) => s.traceId),
  );
  return sqlFragment`transform(SpanId, ${ids}, ${traces}, '')`;
}

/** A span's time in its process: what the thread and process tiers match samples against. */
export interface SpanWindow {
  spanId: string;
  process: SpanProcess;
  startNs: bigint;
  endNs: bigint;
}

/** The windows of the spans whose process is known; for the thread tier, also their thread. */
export function spanWindows(spans: readonly TraceSpan[], tier: 'thread' | 'process'): SpanWindow[] {
  return spans.flatMap((s) => {
    const p = spanProcess(s);
    if (!processKnown(p) || (tier === 'thread' && p.threadId === 0)) return [];
    const startNs = BigInt(s.startNs);
    return [{ spanId: s.spanId, process: p, startNs, endNs: startNs + BigInt(s.durationNs) }];
  });
}

/** A window's values as SQL expressions: lambda variables, or columns of a joined table. */
export interface WindowColumns {
  host: SqlFragment;
  pid: SqlFragment;
  container: SqlFragment;
  tid: SqlFragment;
  start: SqlFragment;
  end: SqlFragment;
}

/**
 * A sample (columns of profile_samples) ran in the window's process: same pid and host (a sample
 * or span without host.name matches any host), or for a span without a pid, the same container.
 */
export function inProcess(w: WindowColumns): SqlFragment {
  return sqlFragment`((${w.pid} > 0 AND ProcessPid = ${w.pid}
      AND (HostName = ${w.host} OR HostName = '' OR ${w.host} = ''))
    OR (${w.pid} = 0 AND ContainerId = ${w.container}))`;
}

/** The sample ran on the window's thread (never, for a window whose thread is unknown). */
export function onThread(w: WindowColumns): SqlFragment {
  return sqlFragment`(${w.tid} > 0 AND ThreadId = ${w.tid})`;
}

/** The sample was taken inside the window, ends included. */
export function inTime(w: WindowColumns): SqlFragment {
  return sqlFragment`(toUnixTimestamp64Nano(Timestamp) >= ${w.start}
    AND toUnixTimestamp64Nano(Timestamp) <= ${w.end})`;
}

/** Samples that name another span belong to that span, not to these spans' windows. */
export function unclaimedBy(spanIds: SqlFragment): SqlFragment {
  return sqlFragment`(SpanId = '' OR has(${spanIds}, SpanId))`;
}

/**
 * What joins samples to these windows: equal pids when every window has a pid, equal containers
 * when none has, else a key of either (the window's pid when it has one, else its container),
 * which a sample meets once per key (two rows: `single` is false). `sample` is over columns of
 * profile_samples, `window` over a window's columns named `pid` and `container`.
 */
export function windowJoinKeys(windows: readonly SpanWindow[]): {
  sample: SqlFragment;
  window: SqlFragment;
  single: boolean;
} {
  if (windows.every((w) => w.process.pid > 0)) {
    return { sample: sqlFragment`ProcessPid`, window: sqlFragment`pid`, single: true };
  }
  if (windows.every((w) => w.process.pid === 0)) {
    return { sample: sqlFragment`ContainerId`, window: sqlFragment`container`, single: true };
  }
  return {
    sample: sqlFragment`arrayJoin([concat('p', toString(ProcessPid)), concat('c', ContainerId)])`,
    window: sqlFragment`if(pid > 0, concat('p', toString(pid)), concat('c', container))`,
    single: false,
  };
}

/**
 * A cheap superset of the samples some window takes: inside the windows' time, of their pids or
 * containers. profile_samples is ordered by (HostName, ProcessPid, ThreadId, Timestamp), so the
 * hosts and pids are given as key filters when every window has them.
 */
export function windowsPrefilter(windows: readonly SpanWindow[]): SqlFragment {
  const min = windows.map((w) => w.startNs).reduce((a, b) => (a < b ? a : b));
  const max = windows.map((w) => w.endNs).reduce((a, b) => (a > b ? a : b));
  const pids = [...new Set(windows.map((w) => w.process.pid).filter((p) => p > 0))];
  const hosts = [...new Set(windows.map((w) => w.process.hostName))];
  const containers = [...new Set(windows.map((w) => w.process.containerId).filter((c) => c))];
  const time = sqlFragment`Timestamp >= fromUnixTimestamp64Nano(${param('Int64', String(min))})
    AND Timestamp <= fromUnixTimestamp64Nano(${param('Int64', String(max))})`;
  const pidIn = sqlFragment`ProcessPid IN ${param('Array(UInt32)', pids)}`;
  if (windows.some((w) => w.process.pid === 0)) {
    return sqlFragment`(${pidIn} OR ContainerId IN ${param('Array(String)', containers)}) AND ${time}`;
  }
  if (hosts.includes('')) return sqlFragment`${pidIn} AND ${time}`;
  return sqlFragment`(HostName IN ${param('Array(String)', hosts)} OR HostName = '') AND ${pidIn}
    AND ${time}`;
}
