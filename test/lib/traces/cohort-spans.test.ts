import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { queryBandBounds, queryCohortSpans } from '@/lib/traces/cohort-spans';
import type { SpanSearch } from '@/lib/traces/span-search';
import { loadManyWindowsFixture } from '@/test/support/many-windows-fixture';
import { openTempStore, type TempStore } from '@/test/support/temp-store';

describe('cohort spans of duration bands', () => {
  let store: TempStore;
  const search: SpanSearch = {
    fromMs: Date.now() - 3_600_000,
    toMs: Date.now(),
    service: 'sweeper',
    operation: 'sweep',
    limit: 1,
  };
  before(async () => {
    store = await openTempStore();
    await loadManyWindowsFixture(store);
  });
  after(() => store.close());

  it('bounds several bands in one read as each band’s own read bounds it', async () => {
    const bands = [
      { fromQuantile: 0.9, toQuantile: 1 },
      { fromQuantile: 0.4, toQuantile: 0.6 },
      { fromQuantile: 0, toQuantile: 0.25 },
    ];
    const together = await queryBandBounds(store.client, search, bands);
    const alone = await Promise.all(
      bands.map((b) => queryCohortSpans(store.client, search, b, 1000)),
    );
    assert.deepEqual(
      together,
      alone.map(({ minNs, maxNs }) => ({ minNs, maxNs })),
    );
    assert.ok(together[0] && together[1] && together[0].minNs > together[1].maxNs);
    const reread = await queryCohortSpans(store.client, search, bands[0], 1000, together[0]);
    assert.deepEqual(reread, alone[0]);
  });
});
