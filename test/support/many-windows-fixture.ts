import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { ms } from './correlation-fixture';
import { onCpuProfile, ProfilesRequestBuilder, type SampleSpec } from './profiles-request-builder';
import type { TempStore } from './temp-store';
import { encodeTraceRequest, randomId, traceRequestObject } from './trace-request';

/** A span of the fixture, each in a trace of its own. */
export interface ManyWindowsSpan {
  traceId: string;
  spanId: string;
}

export interface ManyWindowsFixture {
  spans: ManyWindowsSpan[];
}

const processes = [
  { 'host.name': 'node-m', 'process.pid': 1300 },
  { 'host.name': 'node-n', 'process.pid': 1400 },
];

/**
 * Many spans of one operation ("sweep") whose windows overlap in two processes, for the window
 * tiers of a cohort: 60 spans over [0, 2.4 s] after `t`, 3–700 ms long, every third on a thread
 * (thread.id 1301–1303, else no thread), two of three in process 1300. Every thread of both
 * processes has an on-CPU hit every 7 ms, unnamed, except that every 10th span has the hits of
 * thread 1301 of its first 50 ms linked to it (exact), and every 15th has those of thread 1302
 * labelled with its span id (label); the named hits are claimed by their span, not the windows.
 */
export async function loadManyWindowsFixture(store: TempStore): Promise<ManyWindowsFixture> {
  const t = BigInt(Date.now() - 180_000) * ms;
  const b = new ProfilesRequestBuilder();
  const stack = (leaf: string) =>
    b.stack([b.location({ lines: [{ fn: b.function(leaf), line: 1 }], frameType: 'native' })]);
  const spans: (ManyWindowsSpan & { startMs: number; lengthMs: number; process: number })[] = [];
  for (let k = 0; k < 60; k++) {
    const lengthMs = [3, 40, 700, 120, 9, 260][k % 6] ?? 10;
    spans.push({
      traceId: randomId(16),
      spanId: randomId(8),
      startMs: (k * 37) % 2400,
      lengthMs,
      process: k % 3 === 2 ? 1 : 0,
    });
  }
  const traces = spans.map((s, k) =>
    encodeTraceRequest(
      traceRequestObject({ 'service.name': 'sweeper', ...processes[s.process] }, [
        {
          name: 'sweep',
          traceId: s.traceId,
          spanId: s.spanId,
          startNs: t + BigInt(s.startMs) * ms,
          endNs: t + BigInt(s.startMs + s.lengthMs) * ms,
          ...(k % 3 === 0 ? { attributes: { 'thread.id': String(1301 + (k % 9) / 3) } } : {}),
        },
      ]),
    ),
  );
  processes.forEach((resource, p) => {
    const samples: SampleSpec[] = [];
    for (let tid = 1301; tid <= 1303; tid++) {
      const named = spans.filter(
        (s, k) => s.process === p && tid < 1303 && k % (tid === 1301 ? 10 : 15) === 0,
      );
      const inNamed = (ts: number) => named.find((s) => ts >= s.startMs && ts < s.startMs + 50);
      const unnamed: bigint[] = [];
      for (let ts = 0; ts < 2500; ts += 7) {
        const owner = inNamed(ts);
        const at = [t + BigInt(ts) * ms];
        const base = { stack: stack(`sweep${tid}_${ts % 3}`) };
        if (!owner) unnamed.push(...at);
        else if (tid === 1301) {
          samples.push({
            ...base,
            attributes: [b.attribute('thread.id', tid)],
            link: b.spanLink(owner.traceId, owner.spanId),
            timestampsNs: at,
          });
        } else {
          const label = b.attribute('process.context.label.span_id', owner.spanId);
          samples.push({
            ...base,
            attributes: [b.attribute('thread.id', tid), label],
            timestampsNs: at,
          });
        }
      }
      samples.push({
        stack: stack(`idle${tid}`),
        attributes: [b.attribute('thread.id', tid)],
        timestampsNs: unnamed,
      });
    }
    b.resource(resource, [onCpuProfile(samples, t)]);
  });
  const pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
  for (const body of traces) await pipeline.exportTraces(body, 'protobuf');
  await pipeline.exportProfiles(b.encode(), 'protobuf');
  await pipeline.drain();
  return { spans: spans.map(({ traceId, spanId }) => ({ traceId, spanId })) };
}
