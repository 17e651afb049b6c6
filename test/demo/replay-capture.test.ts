import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { replayCapture } from '@/demo/replay/replay-capture';
import { querySpanProfile } from '@/lib/correlation/span-profile';
import { servicesApi, spansApi, tracesApi } from '@/lib/handlers/explorer-handlers';
import { spanProfileApi } from '@/lib/handlers/trace-handlers';
import { queryTrace } from '@/lib/traces/query-trace';
import { searchSpans } from '@/lib/traces/search-spans';
import { okBody } from '@/test/support/api-answer';
import { startIngestForTest, type TestIngest } from '@/test/support/start-ingest-for-test';

const captureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo/capture');

/** One span as a view shows it. */
interface Shown {
  span: string;
  tier: string;
  samples: number;
}

describe('the demo capture replay', () => {
  let ingest: TestIngest;
  let sent = 0;
  before(async () => {
    ingest = await startIngestForTest();
    sent = await replayCapture(captureDir, `127.0.0.1:${ingest.grpcPort}`);
  });
  after(() => ingest.close());

  it('replays the recorded agent output as recent data whose slow spans have flame graphs', async () => {
    assert.ok(sent > 10, `${sent} requests replayed`);
    const client = ingest.store.client;
    const recent = { fromMs: Date.now() - 15 * 60_000, toMs: Date.now() + 60_000, limit: 20 };
    const go = await searchSpans(client, {
      ...recent,
      service: 'inventory',
      operation: 'hash ledger',
    });
    const node = await searchSpans(client, {
      ...recent,
      service: 'checkout',
      operation: 'GET /invoice',
    });
    assert.ok(go.length > 0 && node.length > 0, 'spans of both services are recent');
    assert.ok(
      go.some((s) => s.tier === 'label'),
      'Go spans match their samples by label',
    );
    assert.ok(
      node.some((s) => s.tier === 'thread'),
      'Node spans match their samples by thread window',
    );
    const best = go.find((s) => s.tier === 'label');
    assert.ok(best);
    const trace = await queryTrace(client, best.traceId);
    const profile = await querySpanProfile(client, trace, {
      traceId: best.traceId,
      spanId: best.spanId,
      scope: 'span',
      tier: undefined,
      sampleType: 'cpu',
    });
    const names = JSON.stringify(profile?.tree);
    assert.match(names, /main\.hashLedger/);
  });

  it('shows every span with the same tier and sample count in the explorer and the span view', async () => {
    const client = ingest.store.client;
    const window = { from: String(Date.now() - 15 * 60_000), to: String(Date.now() + 60_000) };
    const { services } = await okBody(() => servicesApi(client));
    assert.ok(services.length >= 2, `services: ${services.join(', ')}`);
    const explorer: Shown[] = [];
    const view: Shown[] = [];
    for (const service of services) {
      const params = new URLSearchParams({ ...window, service, limit: '1000' });
      const { spans, truncated } = await okBody(() => spansApi(client, params));
      assert.equal(truncated, false, `${service} has more spans than one page`);
      for (const s of spans) {
        const profile = await okBody(() =>
          spanProfileApi(client, s.traceId, s.spanId, new URLSearchParams()),
        );
        const span = `${service} ${s.name} ${s.spanId}`;
        explorer.push({ span, tier: s.tier, samples: s.samples });
        view.push({ span, tier: profile.tier, samples: profile.coverage.found });
      }
    }
    assert.ok(explorer.length > 500, `${explorer.length} spans compared`);
    assert.ok(
      explorer.some((s) => s.samples > 0) && explorer.some((s) => s.samples === 0),
      'the capture has spans with samples and spans without',
    );
    assert.deepEqual(explorer, view);
  });

  it('lists each trace once in the traces view, with its spans, root and profiled spans', async () => {
    const client = ingest.store.client;
    const window = { from: String(Date.now() - 15 * 60_000), to: String(Date.now() + 60_000) };
    const params = new URLSearchParams({ ...window, service: 'checkout', limit: '1000' });
    const { traces, truncated, matched } = await okBody(() => tracesApi(client, params));
    assert.equal(truncated, false);
    assert.equal(traces.length, matched);
    assert.equal(new Set(traces.map((t) => t.traceId)).size, traces.length, 'one row per trace');
    const invoices = traces.filter((t) => t.rootName === 'GET /invoice');
    assert.ok(invoices.length > 10, `${invoices.length} invoice traces`);
    for (const t of invoices) {
      // The Node service's spans nest: each invoice request is a trace of two spans.
      assert.equal(t.spanCount, 2, t.traceId);
      assert.deepEqual(t.services, ['checkout']);
      assert.ok(BigInt(t.durationNs) >= BigInt(t.slowest.durationNs));
    }
    assert.ok(
      invoices.some((t) => t.profiledSpans > 0),
      'invoice traces have profiled spans',
    );
    const { spans } = await okBody(() => spansApi(client, params));
    const slowestSpans = new Map<string, bigint>();
    for (const s of spans) {
      const d = BigInt(s.durationNs);
      if ((slowestSpans.get(s.traceId) ?? -1n) < d) slowestSpans.set(s.traceId, d);
    }
    assert.equal(slowestSpans.size, matched, 'as many traces as the spans view has trace ids');
    for (const t of traces) assert.equal(BigInt(t.slowest.durationNs), slowestSpans.get(t.traceId));
  });
});
