import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { replayCapture } from '@/demo/replay/replay-capture';
import { servicesApi, spansApi } from '@/lib/handlers/explorer-handlers';
import { spanProfileApi } from '@/lib/handlers/trace-handlers';
import { okBody } from '@/test/support/api-answer';
import { startIngestForTest, type TestIngest } from '@/test/support/start-ingest-for-test';

const captureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo/capture');

/** One span as a view shows it. */
interface Shown {
  span: string;
  tier: string;
  samples: number;
}

describe('the demo capture in the explorer and the span view', () => {
  let ingest: TestIngest;
  before(async () => {
    ingest = await startIngestForTest();
    await replayCapture(captureDir, `127.0.0.1:${ingest.grpcPort}`);
  });
  after(() => ingest.close());

  it('shows every span with the same tier and sample count in both', async () => {
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
