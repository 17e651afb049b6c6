import {
  param,
  sql,
  sqlConstant,
  sqlFragment,
  type SqlFragment,
  type SqlQuery,
} from '@/lib/clickhouse/sql';
import type { BenchPlan } from './query-data-plan';
import { processArrays, serviceArrays, shapeArrays } from './query-plan-arrays';

/** When the generated traces happen and how long their roots take. */
export interface TraceLayout {
  traces: number;
  /** Unix ns of the first and last trace start. */
  windowStartNs: bigint;
  windowEndNs: bigint;
  /** Root span durations are log-normal: median and sigma of the natural log. */
  rootMedianMs: number;
  rootSigma: number;
}

/** A 16-character lowercase hex id hashed from the arguments. */
const hexId = (args: string): string => `leftPad(lower(hex(cityHash64(${args}))), 16, '0')`;

/** ScopeName of planted spans, so the generated hits leave them alone (theirs are exact). */
export const plantedScope = 'io.opentelemetry.bench.planted';

/** The columns every span insert writes, in this order. */
export const spanColumns = sqlConstant(`(Timestamp, TraceId, SpanId, ParentSpanId, TraceState,
  SpanName, SpanKind, ServiceName, ResourceAttributes, ScopeName, ScopeVersion, SpanAttributes,
  Duration, StatusCode, StatusMessage)`);

/** Resource attributes of a span of service `sv` in process `p`. */
export const spanResourceMap = `map('service.name', serviceNames[sv + 1], 'service.version', '1.4.2',
  'telemetry.sdk.name', 'opentelemetry', 'telemetry.sdk.language', serviceLanguages[sv + 1],
  'host.name', hosts[p + 1], 'process.pid', toString(pids[p + 1]), 'container.id', containers[p + 1],
  'k8s.cluster.name', 'prod-eu-1', 'k8s.namespace.name', namespaces[p + 1],
  'k8s.deployment.name', deployments[p + 1], 'k8s.pod.name', pods[p + 1],
  'k8s.pod.uid', podUids[p + 1], 'k8s.node.name', nodes[p + 1])`;

/** Span attributes; thread.id only for services whose SDK records it. */
export const spanAttributeMap = `if(serviceThreadAttr[sv + 1] = 1,
  map('http.route', op, 'thread.id', toString(tid)), map('http.route', op))`;

/** A uniform (0, 1) from a hash of the arguments. */
const uniform = (args: string): string => `(((cityHash64(${args}) % 1000000) + 0.5) / 1000000)`;

/**
 * The generated traces: trace t has shape t % shapes, starts evenly spread over the window with
 * jitter, and its root duration is log-normal (Box–Muller on two hashes); the spans of a service
 * in one trace run in one of the service's processes, on one of its threads.
 */
export function generatedSpansInsert(plan: BenchPlan, layout: TraceLayout): SqlQuery {
  const stepNs = (layout.windowEndNs - layout.windowStartNs) / BigInt(layout.traces);
  const z = `sqrt(-2 * ln(${uniform("'u1', t")})) * cos(2 * pi() * ${uniform("'u2', t")})`;
  return sql`INSERT INTO otel_traces ${spanColumns}
    WITH ${processArrays(plan)}, ${serviceArrays(plan)}, ${shapeArrays(plan)}
    SELECT fromUnixTimestamp64Nano(toInt64(rootStart + rootDur * shapeStarts[x])), ${sqlConstant(hexId("'trace-hi', t"))} || ${sqlConstant(hexId("'trace-lo', t"))},
           ${sqlConstant(hexId("'span', t, k"))}, if(parent < 0, '', ${sqlConstant(hexId("'span', t, toUInt64(parent)"))}), '',
           op, shapeKinds[x], serviceNames[sv + 1], ${sqlConstant(spanResourceMap)},
           'io.opentelemetry.bench', '1.0.0', ${sqlConstant(spanAttributeMap)},
           toUInt64(greatest(20000, rootDur * shapeLens[x])),
           if(cityHash64('err', t, k) % 100 < 2, 'Error', 'Unset'), ''
    FROM (
      SELECT t, k, x, shapeParents[x] AS parent, shapeServices[x] AS sv, rootDur, rootStart,
             ${podExpression(plan)} AS p,
             serviceOperations[sv + 1][shapeOperations[x] + 1] AS op,
             pids[p + 1] + 1 + cityHash64('thread', t, k) % ${param('UInt32', plan.threadsPerProcess - 1)} AS tid
      FROM (
        SELECT number AS t, t % ${param('UInt32', plan.shapes.length)} AS shape,
               least(60e9, greatest(1e6, exp(ln(${param('Float64', layout.rootMedianMs * 1e6)}) + ${param('Float64', layout.rootSigma)} * ${sqlConstant(z)}))) AS rootDur,
               ${param('Int64', layout.windowStartNs)} + t * ${param('Int64', stepNs)} + cityHash64('jitter', t) % ${param('UInt64', stepNs)} AS rootStart
        FROM numbers(${param('UInt64', layout.traces)})
      ) ARRAY JOIN range(shapeSizes[shape + 1]) AS k
      ARRAY JOIN [shapeOffsets[shape + 1] + k + 1] AS x
    )`;
}

/** Process of service `sv` that trace `t` calls: one pod per service per trace. */
function podExpression(plan: BenchPlan): SqlFragment {
  const pods = param('UInt32', plan.podsPerService);
  return sqlFragment`sv * ${pods} + cityHash64('pod', t, sv) % ${pods}`;
}
