import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DiffNode } from '@/lib/contract/profile-models';
import type { ProfileScope } from '@/lib/correlation/correlation-tier';
import { queryOperationProfile } from '@/lib/correlation/operation-profile';
import { diffDefaults, querySpanDiff } from '@/lib/correlation/span-diff';
import { queryTrace } from '@/lib/traces/query-trace';
import { loadNestedWorkFixture, type NestedWorkFixture } from '@/test/support/nested-work-fixture';
import { openTempStore, type TempStore } from '@/test/support/temp-store';

const ms = 1_000_000n;
const hit = 50_000_000;

/** Self weight in hits per frame name of a diff tree: [target, baseline]. */
function selfByName(tree: DiffNode): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  const walk = (n: DiffNode) => {
    const [t, b] = out[n.name] ?? [0, 0];
    if (n.self !== 0 || n.baselineSelf !== 0) {
      out[n.name] = [t + n.self / hit, b + n.baselineSelf / hit];
    }
    n.children.forEach(walk);
  };
  walk(tree);
  return out;
}

describe('cohorts over the scope the span view shows', () => {
  let store: TempStore;
  let fx: NestedWorkFixture;
  before(async () => {
    store = await openTempStore();
    fx = await loadNestedWorkFixture(store);
  });
  after(() => store.close());

  const window = () => ({
    fromMs: Number(fx.t / ms) - 60_000,
    toMs: Number(fx.t / ms) + 60_000,
    limit: 1,
  });

  const diff = async (scope: ProfileScope) => {
    const d = await querySpanDiff(store.client, await queryTrace(store.client, fx.slow.traceId), {
      ...diffDefaults,
      spanId: fx.slow.spanId,
      ...window(),
      sampleType: undefined,
      scope,
    });
    assert.ok(d);
    return d;
  };

  it('compares each span with the spans under it on both sides when the view shows them', async () => {
    const d = await diff('descendants');
    assert.equal(d.scope, 'descendants');
    const { target, baseline } = d;
    assert.deepEqual(
      [target.total / hit, baseline.total / hit, baseline.spans.used, baseline.spans.withSamples],
      [7, 2, 5, 5],
    );
    assert.deepEqual(selfByName(d.tree), { renderRows: [6, 2], writeHeader: [1, 0] });
  });

  it('compares the spans’ own samples alone in the span scope', async () => {
    const d = await diff('span');
    assert.deepEqual(
      [d.target.total, d.baseline.total, d.target.spans.withSamples, d.baseline.spans.withSamples],
      [0, 0, 0, 0],
    );
  });

  it('merges each span of an operation with the spans under it, or alone', async () => {
    const operation = { ...window(), service: fx.service, operation: fx.operation };
    const nested = await queryOperationProfile(store.client, operation, {
      sampleType: undefined,
      scope: 'descendants',
    });
    assert.deepEqual(
      [nested.scope, nested.spans.matched, nested.spans.withSamples, nested.total / hit],
      ['descendants', 6, 6, 17],
    );
    const own = await queryOperationProfile(store.client, operation, {
      sampleType: undefined,
      scope: 'span',
    });
    assert.deepEqual([own.spans.withSamples, own.total], [0, 0]);
  });
});
