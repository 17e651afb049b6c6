import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { replayCapture } from '@/demo/replay/replay-capture';
import { querySpanProfile } from '@/lib/correlation/span-profile';
import { queryTrace } from '@/lib/traces/query-trace';
import { searchSpans } from '@/lib/traces/search-spans';
import { startIngestForTest, type TestIngest } from '../support/start-ingest-for-test';

const captureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo/capture');

describe('the demo capture replay', () => {
  let ingest: TestIngest;
  before(async () => {
    ingest = await startIngestForTest();
  });
  after(() => ingest.close());

  it('replays the recorded agent output as recent data whose slow spans have flame graphs', async () => {
    const sent = await replayCapture(captureDir, `127.0.0.1:${ingest.grpcPort}`);
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
});
