import {
  param,
  sql,
  sqlConstant,
  sqlFragment,
  type SqlFragment,
  type SqlQuery,
} from '@/lib/clickhouse/sql';
import { stackIdExpression, stacksPerKind } from './fill-query-stacks';
import type { BenchPlan } from './query-data-plan';
import { plantedScope } from './fill-query-spans';
import { processArrays, processResourceMap, serviceArrays } from './query-plan-arrays';

/** 20 Hz, the eBPF profiler's default: every on-CPU hit weighs one period. */
export const periodNs = 50_000_000;

/**
 * Inserts sample hits described by `source`, a subquery with the columns p (process index,
 * 0-based), tid, ts (unix ns), trace, span, source and u (uniform in [0, 1), picks the stack:
 * u³ favours each process's first stacks, as real profiles have a few hot stacks).
 */
export function samplesInsert(plan: BenchPlan, source: SqlFragment): SqlQuery {
  return sql`INSERT INTO profile_samples (Timestamp, TraceId, SpanId, SpanSource, StackId, Value,
      SampleType, SampleUnit, Period, ServiceName, HostName, ProcessPid, ProcessExecutableName,
      ThreadId, ThreadName, ContainerId, K8sClusterName, K8sNamespaceName, K8sDeploymentName,
      K8sPodName, K8sPodUid, K8sNodeName, K8sContainerName, ResourceAttributes, SampleAttributes)
    WITH ${processArrays(plan)}, ${serviceArrays(plan)}
    SELECT fromUnixTimestamp64Nano(toInt64(ts)), trace, span, source,
           ${sqlConstant(stackIdExpression)}, ${param('Int64', periodNs)}, 'cpu', 'nanoseconds',
           ${param('Int64', periodNs)}, procServices[p + 1], hosts[p + 1], pids[p + 1], exes[p + 1],
           tid, if(tid = pids[p + 1], exes[p + 1], concat('worker-', toString(tid - pids[p + 1]))),
           containers[p + 1], 'prod-eu-1', namespaces[p + 1], deployments[p + 1], pods[p + 1],
           podUids[p + 1], nodes[p + 1], deployments[p + 1], ${sqlConstant(processResourceMap)}, map()
    FROM (
      SELECT p, tid, ts, trace, span, source, stackKinds[p + 1] AS kind,
             (stackOffsets[p + 1] + toUInt32(${param('UInt32', stacksPerKind)} * pow(u, 3))) % ${param('UInt32', stacksPerKind)} AS j
      FROM (${source})
    )`;
}

/** How many hits `source` would insert. */
export function countSamplesQuery(plan: BenchPlan, source: SqlFragment): SqlQuery {
  return sql`WITH ${processArrays(plan)}, ${serviceArrays(plan)}
    SELECT toString(count()) AS n FROM (${source})`;
}

/**
 * Hits inside the generated spans: each span's thread is on CPU at each 20 Hz tick with
 * probability `busy`; services that name spans in their profiles (link or label) name them.
 */
export function spanSamplesSource(plan: BenchPlan, busy: number): SqlFragment {
  return sqlFragment`SELECT p, tid, start + i * ${param('Int64', periodNs)} + phase AS ts,
      if(src = '', '', TraceId) AS trace, if(src = '', '', SpanId) AS span, src AS source,
      (cityHash64('stack', SpanId, i) % 1000000) / 1000000 AS u
    FROM (
      SELECT TraceId, SpanId, toUnixTimestamp64Nano(Timestamp) AS start, Duration,
             indexOf(pids, toUInt32(ResourceAttributes['process.pid'])) - 1 AS p,
             indexOf(serviceNames, ServiceName) AS sv1, serviceSources[sv1] AS src,
             multiIf(SpanAttributes['thread.id'] != '', toUInt32(SpanAttributes['thread.id']),
                     serviceLanguages[sv1] = 'nodejs', pids[p + 1],
                     pids[p + 1] + cityHash64('thread', SpanId) % ${param('UInt32', plan.threadsPerProcess)}) AS tid,
             cityHash64('phase', SpanId) % ${param('UInt64', periodNs)} AS phase
      FROM otel_traces
      WHERE Duration >= ${param('UInt64', periodNs)} AND ScopeName != ${param('String', plantedScope)}
    ) ARRAY JOIN range(toUInt32(intDiv(Duration - phase, ${param('UInt64', periodNs)}))) AS i
    WHERE cityHash64('busy', SpanId, i) % 1000 < ${param('UInt32', Math.round(busy * 1000))}`;
}

/**
 * Hits no span names: every process's threads at random 20 Hz ticks over the window (sidecars,
 * GC, background work, and the unnamed hits of services that do not link samples to spans).
 */
export function backgroundSamplesSource(
  plan: BenchPlan,
  hits: number,
  windowStartNs: bigint,
  windowEndNs: bigint,
): SqlFragment {
  const ticks = (windowEndNs - windowStartNs) / BigInt(periodNs);
  const procs = param('UInt32', plan.processes.length);
  return sqlFragment`SELECT toUInt32(number % ${procs}) AS p,
      pids[p + 1] + toUInt32(intDiv(number, ${procs}) % ${param('UInt32', plan.threadsPerProcess)}) AS tid,
      ${param('Int64', windowStartNs)} + (cityHash64('tick', number) % ${param('UInt64', ticks)}) * ${param('Int64', periodNs)}
        + (tid * 7919) % ${param('UInt64', periodNs)} AS ts,
      '' AS trace, '' AS span, '' AS source, (cityHash64('stack', number) % 1000000) / 1000000 AS u
    FROM numbers(${param('UInt64', hits)})`;
}

/** What a planted span's samples look like: `hits` hits on `threads` threads from `startNs`. */
export interface PlantedHits {
  process: number;
  threads: number;
  hits: number;
  startNs: bigint;
  traceId: string;
  spanId: string;
  source: 'link' | '';
}

/**
 * The hits of every planted span, in one source: exactly `hits` hits per span, round-robin over
 * its threads at consecutive 20 Hz ticks.
 */
export function plantedSamplesSource(planted: readonly PlantedHits[]): SqlFragment {
  const col = (type: string, f: (h: PlantedHits) => unknown) =>
    param(`Array(${type})`, planted.map(f));
  const named = (h: PlantedHits, id: string) => (h.source === '' ? '' : id);
  // Tuple h: process, threads, hits, start, trace, span, source.
  return sqlFragment`SELECT toUInt32(h.1) AS p, pids[p + 1] + toUInt32(number % h.2) AS tid,
      h.4 + intDiv(number, h.2) * ${param('Int64', periodNs)} + (number % h.2) * 1000 AS ts,
      h.5 AS trace, h.6 AS span, h.7 AS source, (cityHash64('planted', number) % 1000000) / 1000000 AS u
    FROM (
      SELECT arrayJoin(arrayZip(${col('UInt32', (x) => x.process)}, ${col('UInt32', (x) => x.threads)},
        ${col('UInt64', (x) => x.hits)}, ${col('Int64', (x) => x.startNs)},
        ${col('String', (x) => named(x, x.traceId))}, ${col('String', (x) => named(x, x.spanId))},
        ${col('String', (x) => x.source)})) AS h
    ) ARRAY JOIN range(h.3) AS number`;
}
