import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { onCpuProfile, ProfilesRequestBuilder, type SampleSpec } from './profiles-request-builder';
import type { TempStore } from './temp-store';
import { encodeTraceRequest, randomId, traceRequestObject, type SpanSpec } from './trace-request';

const ms = 1_000_000n;

/**
 * An operation whose work happens in a child span, as a handler's does when its framework wraps
 * the work in spans of its own: "GET /report" of service reports (host node-n, pid 400) has no
 * samples of its own. Each of five typical 100 ms spans has a child "render rows" with 2 hits in
 * renderRows; the slow 300 ms span's child has 6 hits in renderRows and 1 in writeHeader. Every
 * sample is linked to its child span (the exact tier).
 */
export interface NestedWorkFixture {
  t: bigint;
  service: string;
  operation: string;
  typical: { traceId: string; spanId: string }[];
  slow: { traceId: string; spanId: string };
}

export interface NestedWorkRequests extends NestedWorkFixture {
  traces: Uint8Array;
  profiles: Uint8Array;
}

/** Writes the fixture straight through the ingest pipeline into a store. */
export async function loadNestedWorkFixture(store: TempStore): Promise<NestedWorkFixture> {
  const { traces, profiles, ...fixture } = nestedWorkFixtureRequests();
  const pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
  await pipeline.exportTraces(traces, 'protobuf');
  await pipeline.exportProfiles(profiles, 'protobuf');
  await pipeline.drain();
  return fixture;
}

export function nestedWorkFixtureRequests(): NestedWorkRequests {
  const t = BigInt(Date.now() - 300_000) * ms;
  const service = 'reports';
  const operation = 'GET /report';
  const span = () => ({ traceId: randomId(16), spanId: randomId(8) });
  const typical = Array.from({ length: 5 }, span);
  const slow = span();
  const b = new ProfilesRequestBuilder();
  const frame = (fn: string) =>
    b.location({ lines: [{ fn: b.function(fn), line: 1 }], frameType: 'go' });
  const stack = (leaf: string) => b.stack([frame(leaf), frame('handleReport'), frame('main')]);
  const specs: SpanSpec[] = [];
  const samples: SampleSpec[] = [];
  const add = (
    root: { traceId: string; spanId: string },
    offsetMs: number,
    durationMs: number,
    hits: Record<string, number>,
  ) => {
    const start = t + BigInt(offsetMs) * ms;
    const child = randomId(8);
    specs.push(
      { name: operation, ...root, startNs: start, endNs: start + BigInt(durationMs) * ms },
      {
        name: 'render rows',
        traceId: root.traceId,
        spanId: child,
        parentSpanId: root.spanId,
        startNs: start + 10n * ms,
        endNs: start + BigInt(durationMs - 10) * ms,
      },
    );
    let at = 20;
    for (const [leaf, n] of Object.entries(hits)) {
      samples.push({
        stack: stack(leaf),
        link: b.spanLink(root.traceId, child),
        timestampsNs: Array.from({ length: n }, (_, k) => start + BigInt(at + k * 30) * ms),
      });
      at += n * 30;
    }
  };
  typical.forEach((s, i) => {
    add(s, i * 1000, 100, { renderRows: 2 });
  });
  add(slow, 6000, 300, { renderRows: 6, writeHeader: 1 });
  const resource = { 'service.name': service, 'host.name': 'node-n', 'process.pid': 400 };
  b.resource({ 'process.pid': 400, 'host.name': 'node-n' }, [onCpuProfile(samples, t)]);
  return {
    t,
    service,
    operation,
    typical,
    slow,
    traces: encodeTraceRequest(traceRequestObject(resource, specs)),
    profiles: b.encode(),
  };
}
