import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { spansApi } from '@/lib/handlers/explorer-handlers';
import { spanProfileApi } from '@/lib/handlers/trace-handlers';
import type { SpanSummary } from '@/lib/contract/span-models';
import { okBody } from '@/test/support/api-answer';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import { loadTierKindsFixture, type TierKindsFixture } from '@/test/support/tier-kinds-fixture';

describe('the explorer and the span view match samples to a span by the same rules', () => {
  let store: TempStore;
  let fx: TierKindsFixture;
  before(async () => {
    store = await openTempStore();
    fx = await loadTierKindsFixture(store);
  });
  after(() => store.close());

  async function explorerRows(sampleType?: string): Promise<Map<string, SpanSummary>> {
    const params = new URLSearchParams({ from: String(Date.now() - 3_600_000) });
    if (sampleType !== undefined) params.set('sampleType', sampleType);
    const { spans } = await okBody(() => spansApi(store.client, params));
    assert.equal(spans.length, fx.spans.length);
    return new Map(spans.map((s) => [s.spanId, s]));
  }

  async function spanView(traceId: string, spanId: string, sampleType?: string) {
    const params = new URLSearchParams(sampleType === undefined ? {} : { sampleType });
    const body = await okBody(() => spanProfileApi(store.client, traceId, spanId, params));
    return { tier: body.tier, samples: body.coverage.found };
  }

  /** Each span's name with its tier and count, as the explorer and as the span view report them. */
  async function bothViews(sampleType?: string) {
    const rows = await explorerRows(sampleType);
    const explorer = [];
    const view = [];
    for (const s of fx.spans) {
      const row = rows.get(s.spanId);
      assert.ok(row, s.name);
      explorer.push({ name: s.name, tier: row.tier, samples: row.samples });
      view.push({ name: s.name, ...(await spanView(s.traceId, s.spanId, sampleType)) });
    }
    return { explorer, view };
  }

  it('gives every kind of span the tier and count the span view uses', async () => {
    const { explorer, view } = await bothViews();
    assert.deepEqual(
      view,
      fx.spans.map((s) => ({ name: s.name, ...s.expected })),
    );
    assert.deepEqual(explorer, view);
  });

  it('counts the sample type asked for, as the span view does', async () => {
    const { explorer, view } = await bothViews(fx.otherSampleType);
    assert.deepEqual(
      view.filter((v) => v.samples > 0),
      [{ name: 'pid only', tier: 'process', samples: 6 }],
    );
    assert.deepEqual(explorer, view);
  });
});
