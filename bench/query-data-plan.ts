/**
 * What the query bench's store holds, decided in Node with a seeded generator and expanded into
 * rows inside the engine (see fill-query-store.ts): services, the processes that run them, trace
 * shapes, and the spans planted with an exact number of samples.
 */
import { SeededRandom } from './seeded-random';

/** How a service's profiles name its spans: OTLP link, span_id label, or not at all. */
export type SpanSource = 'link' | 'label' | '';

export interface BenchService {
  name: string;
  /** telemetry.sdk.language: nodejs runs spans on the main thread (thread id = pid). */
  language: string;
  /** Whether its spans carry thread.id (the thread tier needs it, or nodejs). */
  threadAttr: boolean;
  source: SpanSource;
  operations: string[];
}

/** One process: a pod of a service, or a process that only the profiler sees (sidecar, agent). */
export interface BenchProcess {
  /** Index into BenchPlan.services, -1 for processes without spans. */
  service: number;
  host: string;
  pid: number;
  executable: string;
  deployment: string;
  namespace: string;
  pod: string;
  podUid: string;
  node: string;
  containerId: string;
}

/** A span of a trace shape; times are fractions of the root span's duration. */
export interface ShapeSpan {
  /** Index of the parent in the shape, -1 for the root. */
  parent: number;
  service: number;
  operation: number;
  kind: 'Server' | 'Client' | 'Internal';
  startFrac: number;
  lenFrac: number;
}

export interface BenchPlan {
  services: BenchService[];
  processes: BenchProcess[];
  /** Processes per service; service s has processes s*podsPerService .. +podsPerService-1. */
  podsPerService: number;
  threadsPerProcess: number;
  shapes: ShapeSpan[][];
}

const serviceSpecs: [string, string, boolean, SpanSource][] = [
  ['frontend', 'nodejs', false, 'label'],
  ['checkout', 'go', true, 'link'],
  ['cart', 'java', true, 'link'],
  ['payment', 'nodejs', false, 'label'],
  ['inventory', 'go', true, 'link'],
  ['shipping', 'go', true, 'link'],
  ['recommendation', 'python', true, ''],
  ['ad', 'java', true, 'link'],
  ['email', 'ruby', false, ''],
  ['currency', 'cpp', false, ''],
];

const verbs = ['GET', 'POST', 'PUT', 'process', 'query'];

function makeServices(): BenchService[] {
  return serviceSpecs.map(([name, language, threadAttr, source]) => ({
    name,
    language,
    threadAttr,
    source,
    operations: verbs.map((v, i) =>
      i < 3 ? `${v} /${name}/${['items', 'orders', 'status'][i] ?? ''}` : `${name}.${v}`,
    ),
  }));
}

function makeProcess(random: SeededRandom, index: number, service: string): BenchProcess {
  const host = index % 20;
  const app = service || ['envoy', 'node-exporter', 'fluent-bit'][index % 3] || 'agent';
  const pod = `${app}-7d9c${random.hex(2)}-${random.hex(3)}`;
  return {
    service: -1,
    host: `ip-10-1-0-${host}.ec2.internal`,
    pid: random.int(1000, 4_000_000),
    executable: service ? `${service}-server` : app,
    deployment: app,
    namespace: service ? 'shop' : 'infra',
    pod,
    podUid: random.hex(16),
    node: `ip-10-1-0-${host}`,
    containerId: random.hex(32),
  };
}

/** A trace shape of 3–15 spans under a frontend root: calls into other services and local work. */
function makeShape(random: SeededRandom, services: number): ShapeSpan[] {
  const spans: ShapeSpan[] = [
    {
      parent: -1,
      service: 0,
      operation: random.int(0, 4),
      kind: 'Server',
      startFrac: 0,
      lenFrac: 1,
    },
  ];
  const size = random.int(3, 15);
  for (let k = 1; k < size; k++) {
    const parent = random.int(Math.max(0, k - 3), k - 1);
    const p = spans[parent];
    if (!p) break;
    const local = random.chance(0.4);
    const startFrac = p.startFrac + p.lenFrac * random.next() * 0.5;
    const room = p.startFrac + p.lenFrac - startFrac;
    spans.push({
      parent,
      service: local ? p.service : random.int(1, services - 1),
      operation: random.int(0, 4),
      kind: local ? (random.chance(0.5) ? 'Internal' : 'Client') : 'Server',
      startFrac,
      lenFrac: room * (0.2 + 0.75 * random.next()),
    });
  }
  return spans;
}

export function makeBenchPlan(seed: number): BenchPlan {
  const random = new SeededRandom(seed);
  const services = makeServices();
  const podsPerService = 24;
  const processes: BenchProcess[] = [];
  services.forEach((s, si) => {
    for (let i = 0; i < podsPerService; i++) {
      processes.push({ ...makeProcess(random, processes.length, s.name), service: si });
    }
  });
  // Sidecars and node agents: profiled like everything else, but they send no spans.
  while (processes.length < 300) processes.push(makeProcess(random, processes.length, ''));
  const shapes = Array.from({ length: 64 }, () => makeShape(random, services.length));
  return { services, processes, podsPerService, threadsPerProcess: 8, shapes };
}

/** Spans in the generated traces when trace t has shape t % shapes.length. */
export function spansInTraces(plan: BenchPlan, traces: number): number {
  const n = plan.shapes.length;
  const full = Math.floor(traces / n);
  return plan.shapes.reduce(
    (sum, shape, i) => sum + shape.length * (full + (i < traces % n ? 1 : 0)),
    0,
  );
}

/** Fewest traces that give at least `spans` spans. */
export function tracesForSpans(plan: BenchPlan, spans: number): number {
  const avg = plan.shapes.reduce((a, s) => a + s.length, 0) / plan.shapes.length;
  let traces = Math.floor(spans / avg);
  while (spansInTraces(plan, traces) < spans) traces += 1;
  return traces;
}
