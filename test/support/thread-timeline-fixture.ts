import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { ms } from './correlation-fixture';
import { onCpuProfile, ProfilesRequestBuilder } from './profiles-request-builder';
import type { TempStore } from './temp-store';
import { encodeTraceRequest, randomId, traceRequestObject } from './trace-request';

/**
 * One span run by two threads of one process, with on-CPU and off-CPU samples:
 * - "POST /batch" (service batcher, host node-t, pid 4000, no thread: the process tier) over
 *   [0, 1000 ms] after `t`, with children "fetch" [100, 300 ms] and "store" [600, 900 ms];
 * - thread 4001 "worker-1": on-CPU in `parse` at 100, 200, 300, 400 ms, off-CPU in `read`
 *   at 250 ms (30 ms off) and 650 ms (80 ms off);
 * - thread 4002 "worker-2": on-CPU in `encode` at 500, 600, 700 ms, off-CPU in `read` at 150 ms
 *   (20 ms off);
 * - outside the span: thread 4001 at 1200 ms, and pid 5000 (another process) at 300 ms.
 */
export interface ThreadTimelineFixture {
  t: bigint;
  traceId: string;
  spanId: string;
  children: { fetch: string; store: string };
  /** The on-CPU period, and what each thread's samples are, by offset in ms from the span. */
  periodNs: number;
  threads: {
    threadId: number;
    threadName: string;
    onCpuMs: number[];
    offCpu: { atMs: number; offNs: number }[];
  }[];
}

export interface ThreadTimelineRequests extends ThreadTimelineFixture {
  traces: Uint8Array[];
  profiles: Uint8Array[];
}

export const offCpuSampleType = 'off_cpu';

export function threadTimelineRequests(): ThreadTimelineRequests {
  const t = BigInt(Date.now() - 90_000) * ms;
  const traceId = randomId(16);
  const spanId = randomId(8);
  const children = { fetch: randomId(8), store: randomId(8) };
  const host = 'node-t';
  const resource = { 'service.name': 'batcher', 'host.name': host, 'process.pid': 4000 };
  const span = (name: string, id: string, fromMs: bigint, toMs: bigint, parent?: string) => ({
    name,
    traceId,
    spanId: id,
    ...(parent ? { parentSpanId: parent } : {}),
    startNs: t + fromMs * ms,
    endNs: t + toMs * ms,
  });
  const traces = [
    encodeTraceRequest(
      traceRequestObject(resource, [
        span('POST /batch', spanId, 0n, 1000n),
        span('fetch', children.fetch, 100n, 300n, spanId),
        span('store', children.store, 600n, 900n, spanId),
      ]),
    ),
  ];

  const threads: ThreadTimelineFixture['threads'] = [
    {
      threadId: 4001,
      threadName: 'worker-1',
      onCpuMs: [100, 200, 300, 400],
      offCpu: [
        { atMs: 250, offNs: 30_000_000 },
        { atMs: 650, offNs: 80_000_000 },
      ],
    },
    {
      threadId: 4002,
      threadName: 'worker-2',
      onCpuMs: [500, 600, 700],
      offCpu: [{ atMs: 150, offNs: 20_000_000 }],
    },
  ];
  const b = new ProfilesRequestBuilder();
  const stack = (leaf: string) =>
    b.stack([
      b.location({ lines: [{ fn: b.function(leaf), line: 1 }], frameType: 'go' }),
      b.location({ lines: [{ fn: b.function('main'), line: 1 }], frameType: 'go' }),
    ]);
  const on = (tid: number, name: string) => [
    b.attribute('thread.id', tid),
    b.attribute('thread.name', name),
  ];
  const at = (...offsetsMs: number[]) => offsetsMs.map((o) => t + BigInt(o) * ms);
  const [w1, w2] = threads as [(typeof threads)[0], (typeof threads)[0]];
  b.resource({ 'process.pid': 4000, 'host.name': host }, [
    onCpuProfile(
      [
        {
          stack: stack('parse'),
          attributes: on(4001, 'worker-1'),
          timestampsNs: at(...w1.onCpuMs),
        },
        {
          stack: stack('encode'),
          attributes: on(4002, 'worker-2'),
          timestampsNs: at(...w2.onCpuMs),
        },
        { stack: stack('late'), attributes: on(4001, 'worker-1'), timestampsNs: at(1200) },
      ],
      t,
    ),
    {
      sampleType: [offCpuSampleType, 'nanoseconds'],
      timeNs: t,
      samples: [w1, w2].map((w) => ({
        stack: stack('read'),
        attributes: on(w.threadId, w.threadName),
        values: w.offCpu.map((o) => o.offNs),
        timestampsNs: at(...w.offCpu.map((o) => o.atMs)),
      })),
    },
  ]);
  b.resource({ 'process.pid': 5000, 'host.name': host }, [
    onCpuProfile(
      [{ stack: stack('elsewhere'), attributes: on(5001, 'x'), timestampsNs: at(300) }],
      t,
    ),
  ]);
  return {
    t,
    traceId,
    spanId,
    children,
    periodNs: 50_000_000,
    threads,
    traces,
    profiles: [b.encode()],
  };
}

/** Writes the fixture straight through the ingest pipeline into a store. */
export async function loadThreadTimelineFixture(store: TempStore): Promise<ThreadTimelineFixture> {
  const { traces, profiles, ...fixture } = threadTimelineRequests();
  const pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
  for (const body of traces) await pipeline.exportTraces(body, 'protobuf');
  for (const body of profiles) await pipeline.exportProfiles(body, 'protobuf');
  await pipeline.drain();
  return fixture;
}
