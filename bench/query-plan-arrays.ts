import { param, sqlFragment, type SqlFragment } from '@/lib/clickhouse/sql';
import { stackKindOf, stacksPerKind } from './fill-query-stacks';
import type { BenchPlan } from './query-data-plan';

/**
 * The plan's processes and services as SQL arrays (`WITH … AS hosts, …`), so the row generators
 * can look up process `p` (0-based) as `hosts[p + 1]` inside the engine.
 */
export function processArrays(plan: BenchPlan): SqlFragment {
  const ps = plan.processes;
  const col = (f: (p: (typeof ps)[number]) => string): SqlFragment =>
    sqlFragment`${param('Array(String)', ps.map(f))}`;
  const serviceOf = (i: number): string => plan.services[i]?.name ?? '';
  const languageOf = (i: number): string => plan.services[i]?.language ?? 'cpp';
  // Every process starts at its own place in its kind's stacks, so processes differ.
  const offsets = ps.map((p, i) => (p.pid * 7 + i * 131) % stacksPerKind);
  return sqlFragment`${col((p) => p.host)} AS hosts,
    ${param(
      'Array(UInt32)',
      ps.map((p) => p.pid),
    )} AS pids,
    ${col((p) => p.executable)} AS exes, ${col((p) => serviceOf(p.service) || p.executable)} AS procServices,
    ${col((p) => languageOf(p.service))} AS languages, ${col((p) => p.deployment)} AS deployments,
    ${col((p) => p.namespace)} AS namespaces, ${col((p) => p.pod)} AS pods,
    ${col((p) => p.podUid)} AS podUids, ${col((p) => p.node)} AS nodes,
    ${col((p) => p.containerId)} AS containers,
    ${param(
      'Array(UInt8)',
      ps.map((p) => stackKindOf(languageOf(p.service))),
    )} AS stackKinds,
    ${param('Array(UInt32)', offsets)} AS stackOffsets`;
}

/** Resource attributes of process `p` as a map expression (the keys the views read). */
export const processResourceMap = `map('host.name', hosts[p + 1], 'process.pid', toString(pids[p + 1]),
  'process.executable.name', exes[p + 1], 'container.id', containers[p + 1],
  'k8s.cluster.name', 'prod-eu-1', 'k8s.namespace.name', namespaces[p + 1],
  'k8s.deployment.name', deployments[p + 1], 'k8s.pod.name', pods[p + 1],
  'k8s.pod.uid', podUids[p + 1], 'k8s.node.name', nodes[p + 1])`;

/** The plan's services as SQL arrays: names, languages, span sources, thread.id use, operations. */
export function serviceArrays(plan: BenchPlan): SqlFragment {
  const s = plan.services;
  return sqlFragment`${param(
    'Array(String)',
    s.map((x) => x.name),
  )} AS serviceNames,
    ${param(
      'Array(String)',
      s.map((x) => x.language),
    )} AS serviceLanguages,
    ${param(
      'Array(String)',
      s.map((x) => x.source),
    )} AS serviceSources,
    ${param(
      'Array(UInt8)',
      s.map((x) => (x.threadAttr ? 1 : 0)),
    )} AS serviceThreadAttr,
    ${param(
      'Array(Array(String))',
      s.map((x) => x.operations),
    )} AS serviceOperations`;
}

/** The trace shapes flattened: shape i's spans are at offsets[i] + 1 … offsets[i] + sizes[i]. */
export function shapeArrays(plan: BenchPlan): SqlFragment {
  const flat = plan.shapes.flat();
  const offsets: number[] = [];
  let at = 0;
  for (const shape of plan.shapes) {
    offsets.push(at);
    at += shape.length;
  }
  const nums = (type: string, f: (s: (typeof flat)[number]) => number): SqlFragment =>
    sqlFragment`${param(`Array(${type})`, flat.map(f))}`;
  return sqlFragment`${param('Array(UInt32)', offsets)} AS shapeOffsets,
    ${param(
      'Array(UInt32)',
      plan.shapes.map((x) => x.length),
    )} AS shapeSizes,
    ${nums('Int32', (s) => s.parent)} AS shapeParents, ${nums('UInt8', (s) => s.service)} AS shapeServices,
    ${nums('UInt8', (s) => s.operation)} AS shapeOperations,
    ${param(
      'Array(String)',
      flat.map((s) => s.kind),
    )} AS shapeKinds,
    ${nums('Float64', (s) => s.startFrac)} AS shapeStarts, ${nums('Float64', (s) => s.lenFrac)} AS shapeLens`;
}
