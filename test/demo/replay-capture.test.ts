import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { replayCapture } from '@/demo/replay/replay-capture';
import { querySpanProfile } from '@/lib/correlation/span-profile';
import { servicesApi, spansApi } from '@/lib/handlers/explorer-handlers';
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
});
