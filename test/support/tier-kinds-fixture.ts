import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { ms } from './correlation-fixture';
import { onCpuProfile, ProfilesRequestBuilder, type SampleSpec } from './profiles-request-builder';
import type { TempStore } from './temp-store';
import { encodeTraceRequest, randomId, traceRequestObject } from './trace-request';

/** A span of the fixture, what it should match, and the trace it is in. */
export interface TierKindSpan {
  name: string;
  traceId: string;
  spanId: string;
  /** The tier and on-CPU hits the span view's rules give the span. */
  expected: { tier: string; samples: number };
}

export interface TierKindsFixture {
  spans: TierKindSpan[];
  /** A sample type other than on-CPU, held for the process of the span "pid only". */
  otherSampleType: string;
}

const host = 'node-k';
const containerId = 'c0ffee0123456789c0ffee0123456789c0ffee0123456789c0ffee0123456789';

/**
 * One span of every kind the correlation rules tell apart, each in its own trace over
 * [0, 1000 ms] after `t`, with on-CPU samples in its process:
 * - "pid only" (pid 300): 3 samples on thread 301, and 6 allocation samples → process 3;
 * - "container only" (no pid, no host; samples of pid 400 in that container): 5 → process 5;
 * - "thread" (pid 500, thread.id 501): 2 on thread 501, 3 on 502 → thread 2;
 * - "node by sdk language" (pid 600): 4 on thread 600 (the main thread), 1 on 601 → thread 4;
 * - "node by runtime name" (pid 700): 2 on thread 700, 1 on 701 → thread 2;
 * - "linked" (pid 800, child of "around link"): 3 linked to it, 2 unnamed → exact 3;
 *   "around link" (pid 800): the 2 unnamed, the linked ones being its child's → process 2;
 * - "labelled" (pid 900): 2 carrying its span id as a label → label 2;
 * - "no samples" (pid 1000) and "nowhere" (neither pid nor container) → none.
 */
export async function loadTierKindsFixture(store: TempStore): Promise<TierKindsFixture> {
  const t = BigInt(Date.now() - 120_000) * ms;
  const at = (...offsetsMs: number[]) => offsetsMs.map((o) => t + BigInt(o) * ms);
  const spans: TierKindSpan[] = [];
  const traces: Uint8Array[] = [];
  const span = (
    name: string,
    resource: Record<string, string | number>,
    expected: TierKindSpan['expected'],
    options: { attributes?: Record<string, string>; parent?: TierKindSpan } = {},
  ): TierKindSpan => {
    const s = {
      name,
      traceId: options.parent?.traceId ?? randomId(16),
      spanId: randomId(8),
      expected,
    };
    spans.push(s);
    const within = options.parent ? { startNs: t + 200n * ms, endNs: t + 400n * ms } : undefined;
    traces.push(
      encodeTraceRequest(
        traceRequestObject({ 'service.name': name.replace(/ /g, '-'), ...resource }, [
          {
            name,
            traceId: s.traceId,
            spanId: s.spanId,
            ...(options.parent ? { parentSpanId: options.parent.spanId } : {}),
            startNs: within?.startNs ?? t,
            endNs: within?.endNs ?? t + 1000n * ms,
            ...(options.attributes ? { attributes: options.attributes } : {}),
          },
        ]),
      ),
    );
    return s;
  };
  const proc = (pid: number) => ({ 'host.name': host, 'process.pid': pid });
  span('pid only', proc(300), { tier: 'process', samples: 3 });
  span('container only', { 'container.id': containerId }, { tier: 'process', samples: 5 });
  span('thread', proc(500), { tier: 'thread', samples: 2 }, { attributes: { 'thread.id': '501' } });
  span(
    'node by sdk language',
    { ...proc(600), 'telemetry.sdk.language': 'nodejs' },
    { tier: 'thread', samples: 4 },
  );
  span(
    'node by runtime name',
    { ...proc(700), 'process.runtime.name': 'nodejs' },
    { tier: 'thread', samples: 2 },
  );
  const around = span('around link', proc(800), { tier: 'process', samples: 2 });
  const linked = span('linked', proc(800), { tier: 'exact', samples: 3 }, { parent: around });
  const labelled = span('labelled', proc(900), { tier: 'label', samples: 2 });
  span('no samples', proc(1000), { tier: 'none', samples: 0 });
  span('nowhere', {}, { tier: 'none', samples: 0 });

  const b = new ProfilesRequestBuilder();
  const stack = (leaf: string) =>
    b.stack([b.location({ lines: [{ fn: b.function(leaf), line: 1 }], frameType: 'native' })]);
  const onCpu = (samples: SampleSpec[]) => onCpuProfile(samples, t);
  const onThread = (tid: number, offsetsMs: number[], extra: number[] = []): SampleSpec => ({
    stack: stack(`work${tid}`),
    attributes: [b.attribute('thread.id', tid), ...extra],
    timestampsNs: at(...offsetsMs),
  });
  const otherSampleType = 'alloc_space';
  b.resource(proc(300), [
    onCpu([onThread(301, [100, 500, 900])]),
    {
      sampleType: [otherSampleType, 'bytes'],
      periodType: ['space', 'bytes'],
      period: 512 * 1024,
      timeNs: t,
      samples: [
        {
          ...onThread(301, [110, 210, 310, 410, 510, 610]),
          values: new Array<number>(6).fill(4096),
        },
      ],
    },
  ]);
  b.resource({ ...proc(400), 'container.id': containerId }, [
    onCpu([onThread(401, [100, 200, 300, 400, 500])]),
  ]);
  b.resource(proc(500), [onCpu([onThread(501, [100, 200]), onThread(502, [300, 400, 500])])]);
  b.resource(proc(600), [onCpu([onThread(600, [100, 200, 300, 400]), onThread(601, [500])])]);
  b.resource(proc(700), [onCpu([onThread(700, [100, 200]), onThread(701, [300])])]);
  b.resource(proc(800), [
    onCpu([
      { ...onThread(801, [250, 300, 350]), link: b.spanLink(linked.traceId, linked.spanId) },
      onThread(801, [100, 600]),
    ]),
  ]);
  b.resource(proc(900), [
    onCpu([
      onThread(901, [300, 600], [b.attribute('process.context.label.span_id', labelled.spanId)]),
    ]),
  ]);

  const pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
  for (const body of traces) await pipeline.exportTraces(body, 'protobuf');
  await pipeline.exportProfiles(b.encode(), 'protobuf');
  await pipeline.drain();
  return { spans, otherSampleType };
}
