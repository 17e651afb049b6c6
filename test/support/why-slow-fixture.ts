import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { onCpuProfile, ProfilesRequestBuilder, type SampleSpec } from './profiles-request-builder';
import type { TempStore } from './temp-store';
import { encodeTraceRequest, randomId, traceRequestObject, type SpanSpec } from './trace-request';

export const ms = 1_000_000n;
export const periodNs = 50_000_000;

/**
 * One operation, "POST /pay" of service checkout (Go, host node-w, pid 300), whose spans are
 * slow for two different reasons, every sample linked to its span (the exact tier):
 * - typical: 10 spans of 200 ms, each with 2 on-CPU hits in parseRequest and 2 in computeTax;
 * - cpuSlow: one span of 400 ms with 2 hits in parseRequest and 6 in computeTax, so against the
 *   typical spans computeTax gains 4 hits a span and parseRequest nothing;
 * - waiting: one span of 600 ms on two threads: thread 301 has 2 on-CPU hits and two off-CPU
 *   waits in sync.(*Mutex).Lock, one of 300 ms ending at +450 ms and one of 200 ms ending at
 *   +50 ms (of which only 50 ms fall inside the span); thread 302 has 1 on-CPU hit.
 * So the waiting span is on-CPU 150 ms, off-CPU 350 ms, unaccounted 100 ms.
 */
export interface WhySlowFixture {
  t: bigint;
  service: string;
  operation: string;
  typical: { traceId: string; spanId: string }[];
  cpuSlow: { traceId: string; spanId: string };
  waiting: { traceId: string; spanId: string };
}

/** The fixture as encoded OTLP requests, to send to a running server. */
export interface WhySlowRequests extends WhySlowFixture {
  traces: Uint8Array;
  profiles: Uint8Array;
}

/** Writes the fixture straight through the ingest pipeline into a store. */
export async function loadWhySlowFixture(store: TempStore): Promise<WhySlowFixture> {
  const { traces, profiles, ...fixture } = whySlowFixtureRequests();
  const pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
  await pipeline.exportTraces(traces, 'protobuf');
  await pipeline.exportProfiles(profiles, 'protobuf');
  await pipeline.drain();
  return fixture;
}

export function whySlowFixtureRequests(): WhySlowRequests {
  const t = BigInt(Date.now() - 120_000) * ms;
  const service = 'checkout';
  const operation = 'POST /pay';
  const span = () => ({ traceId: randomId(16), spanId: randomId(8) });
  const typical = Array.from({ length: 10 }, span);
  const cpuSlow = span();
  const waiting = span();
  const starts = new Map<string, bigint>();
  const specs: SpanSpec[] = [];
  const add = (s: { traceId: string; spanId: string }, offsetMs: number, durationMs: number) => {
    const startNs = t + BigInt(offsetMs) * ms;
    starts.set(s.spanId, startNs);
    specs.push({ name: operation, ...s, startNs, endNs: startNs + BigInt(durationMs) * ms });
  };
  typical.forEach((s, i) => {
    add(s, i * 1000, 200);
  });
  add(cpuSlow, 10_000, 400);
  add(waiting, 11_000, 600);
  const resource = {
    'service.name': service,
    'host.name': 'node-w',
    'process.pid': 300,
    'k8s.namespace.name': 'shop',
    'k8s.deployment.name': 'checkout',
  };

  const b = new ProfilesRequestBuilder();
  const frame = (fn: string, frameType = 'go') =>
    b.location({ lines: [{ fn: b.function(fn), line: 1 }], frameType });
  const stack = (leaf: string) => b.stack([frame(leaf), frame('handlePay'), frame('main')]);
  const lockStack = b.stack([
    frame('futex_wait', 'kernel'),
    frame('sync.(*Mutex).Lock'),
    frame('handlePay'),
    frame('main'),
  ]);
  const thread = (tid: number) => b.attribute('thread.id', tid);
  const hits = (
    s: { traceId: string; spanId: string },
    leaf: string,
    offsetsMs: number[],
    tid = 301,
  ): SampleSpec => ({
    stack: stack(leaf),
    link: b.spanLink(s.traceId, s.spanId),
    attributes: [thread(tid)],
    timestampsNs: offsetsMs.map((o) => (starts.get(s.spanId) ?? 0n) + BigInt(o) * ms),
  });
  const onCpu: SampleSpec[] = [
    ...typical.flatMap((s) => [
      hits(s, 'parseRequest', [20, 70]),
      hits(s, 'computeTax', [120, 170]),
    ]),
    hits(cpuSlow, 'parseRequest', [20, 70]),
    hits(cpuSlow, 'computeTax', [120, 170, 220, 270, 320, 370]),
    hits(waiting, 'parseRequest', [470, 520]),
    hits(waiting, 'parseRequest', [300], 302),
  ];
  const waitStart = starts.get(waiting.spanId) ?? 0n;
  const offCpu: SampleSpec = {
    stack: lockStack,
    link: b.spanLink(waiting.traceId, waiting.spanId),
    attributes: [thread(301)],
    timestampsNs: [waitStart + 50n * ms, waitStart + 450n * ms],
    values: [200n * ms, 300n * ms],
  };
  b.resource({ 'process.pid': 300, 'host.name': 'node-w' }, [
    onCpuProfile(onCpu, t),
    { sampleType: ['off_cpu', 'nanoseconds'], timeNs: t, samples: [offCpu] },
  ]);

  return {
    t,
    service,
    operation,
    typical,
    cpuSlow,
    waiting,
    traces: encodeTraceRequest(traceRequestObject(resource, specs)),
    profiles: b.encode(),
  };
}
