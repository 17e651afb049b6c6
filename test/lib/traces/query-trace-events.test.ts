import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { queryTrace } from '@/lib/traces/query-trace';
import { u64 } from '@/test/support/otlp-values';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import { encodeTraceRequest, randomId, traceRequestObject } from '@/test/support/trace-request';

describe('span events in the trace view', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  it('reads each span’s events, their times in unix ns and their names, in order', async () => {
    const traceId = randomId(16);
    const t0 = BigInt(Date.now()) * 1_000_000n;
    const request = traceRequestObject({ 'service.name': 'api' }, [
      { name: 'GET /pay', traceId, startNs: t0, endNs: t0 + 90_000_000n },
      { name: 'quiet', traceId, startNs: t0, endNs: t0 + 1_000_000n },
    ]);
    const span = request.resourceSpans?.[0]?.scopeSpans?.[0]?.spans?.[0];
    assert.ok(span);
    span.events = [
      { timeUnixNano: u64(t0 + 10_000_000n), name: 'retry' },
      { timeUnixNano: u64(t0 + 70_000_000n), name: 'exception' },
    ];
    const pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
    await pipeline.exportTraces(encodeTraceRequest(request), 'protobuf');
    await pipeline.drain();
    const spans = await queryTrace(store.client, traceId);
    const byName = Object.fromEntries(spans.map((s) => [s.name, s.events]));
    assert.deepEqual(byName, {
      'GET /pay': [
        { timeNs: String(t0 + 10_000_000n), name: 'retry' },
        { timeNs: String(t0 + 70_000_000n), name: 'exception' },
      ],
      quiet: [],
    });
  });
});
