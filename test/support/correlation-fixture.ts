import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { onCpuProfile, ProfilesRequestBuilder, type SampleSpec } from './profiles-request-builder';
import type { TempStore } from './temp-store';
import { encodeTraceRequest, randomId, traceRequestObject } from './trace-request';

export const ms = 1_000_000n;

/**
 * One trace whose spans each have samples of a different correlation tier:
 * - api (Node.js, host node-a, pid 100): root "GET /order" [0, 1000 ms], child "render"
 *   [100, 400 ms] with 3 samples linked to it (exact), child "tiny" [950 ms, +10 us];
 * - db (pid 200): "query" [500, 900 ms] on thread 201, with 2 samples labelled with its id;
 * - pid 100 also has 4 unnamed samples on the main thread (thread tier for the root), 5 on
 *   thread 999 (process tier), one linked to another trace and one after the trace.
 */
export interface CorrelationFixture {
  t: bigint;
  traceId: string;
  ids: { root: string; c1: string; c2: string; short: string };
}

/** The fixture as encoded OTLP requests, to send to a running server. */
export interface CorrelationRequests extends CorrelationFixture {
  traces: Uint8Array[];
  profiles: Uint8Array[];
}

/** Writes the fixture straight through the ingest pipeline into a store. */
export async function loadCorrelationFixture(store: TempStore): Promise<CorrelationFixture> {
  const { traces, profiles, ...fixture } = correlationFixtureRequests();
  const pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
  for (const body of traces) await pipeline.exportTraces(body, 'protobuf');
  for (const body of profiles) await pipeline.exportProfiles(body, 'protobuf');
  await pipeline.drain();
  return fixture;
}

export function correlationFixtureRequests(): CorrelationRequests {
  const t = BigInt(Date.now() - 60_000) * ms;
  const traceId = randomId(16);
  const ids = { root: randomId(8), c1: randomId(8), c2: randomId(8), short: randomId(8) };
  const host = 'node-a';
  // api (Node.js, pid 100): root [0, 1000ms], c1 [100, 400ms], short [950ms, +10us]
  const api = traceRequestObject(
    {
      'service.name': 'api',
      'host.name': host,
      'process.pid': 100,
      'telemetry.sdk.language': 'nodejs',
    },
    [
      { name: 'GET /order', traceId, spanId: ids.root, startNs: t, endNs: t + 1000n * ms },
      {
        name: 'render',
        traceId,
        spanId: ids.c1,
        parentSpanId: ids.root,
        startNs: t + 100n * ms,
        endNs: t + 400n * ms,
      },
      {
        name: 'tiny',
        traceId,
        spanId: ids.short,
        parentSpanId: ids.root,
        startNs: t + 950n * ms,
        endNs: t + 950n * ms + 10_000n,
      },
    ],
  );
  // db (Go, pid 200, span on thread 201): c2 [500, 900ms]
  const db = traceRequestObject({ 'service.name': 'db', 'host.name': host, 'process.pid': 200 }, [
    {
      name: 'query',
      traceId,
      spanId: ids.c2,
      parentSpanId: ids.root,
      startNs: t + 500n * ms,
      endNs: t + 900n * ms,
      attributes: { 'thread.id': '201' },
    },
  ]);

  const b = new ProfilesRequestBuilder();
  const stack = (leaf: string) =>
    b.stack([
      b.location({ lines: [{ fn: b.function(leaf), line: 1 }], frameType: 'go' }),
      b.location({ lines: [{ fn: b.function('main'), line: 1 }], frameType: 'go' }),
    ]);
  const thread = (tid: number) => b.attribute('thread.id', tid);
  const at = (...offsetsMs: number[]) => offsetsMs.map((o) => t + BigInt(o) * ms);
  const onCpu = (samples: SampleSpec[]) => onCpuProfile(samples, t);
  b.resource({ 'process.pid': 100, 'host.name': host }, [
    onCpu([
      {
        stack: stack('exactHot'),
        link: b.spanLink(traceId, ids.c1),
        attributes: [thread(100)],
        timestampsNs: at(150, 200, 250),
      },
      {
        stack: stack('threadHot'),
        attributes: [thread(100)],
        timestampsNs: at(20, 50, 450, 600),
      },
      {
        stack: stack('otherThread'),
        attributes: [thread(999)],
        timestampsNs: at(10, 300, 500, 700, 990),
      },
      {
        stack: stack('otherTrace'),
        link: b.spanLink(randomId(16), randomId(8)),
        attributes: [thread(100)],
        timestampsNs: at(800),
      },
      { stack: stack('afterTrace'), attributes: [thread(100)], timestampsNs: at(5000) },
    ]),
  ]);
  b.resource({ 'process.pid': 200, 'host.name': host }, [
    onCpu([
      {
        stack: stack('labelHot'),
        attributes: [thread(201), b.attribute('process.context.label.span_id', ids.c2)],
        timestampsNs: at(600, 700),
      },
    ]),
  ]);
  return {
    t,
    traceId,
    ids,
    traces: [encodeTraceRequest(api), encodeTraceRequest(db)],
    profiles: [b.encode()],
  };
}
