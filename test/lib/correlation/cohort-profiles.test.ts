import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DiffNode } from '@/lib/contract/profile-models';
import { defaultCohortScope } from '@/lib/correlation/correlation-tier';
import { queryOperationProfile } from '@/lib/correlation/operation-profile';
import { diffDefaults, querySpanDiff, type SpanDiffRequest } from '@/lib/correlation/span-diff';
import { queryTrace } from '@/lib/traces/query-trace';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import { loadWhySlowFixture, ms, type WhySlowFixture } from '@/test/support/why-slow-fixture';

const hit = 50_000_000;
/** The on-CPU samples of each span and the spans under it, as an operation profile reads them. */
const onCpu = { sampleType: undefined, scope: defaultCohortScope } as const;

/** Every frame of a diff tree with its gain per span (self time), largest first. */
function selfGains(tree: DiffNode): { name: string; gain: number }[] {
  const out = new Map<string, number>();
  const walk = (n: DiffNode) => {
    out.set(n.name, (out.get(n.name) ?? 0) + n.self - n.baselineSelf);
    n.children.forEach(walk);
  };
  walk(tree);
  return [...out]
    .map(([name, gain]) => ({ name, gain }))
    .filter((g) => g.gain !== 0)
    .sort((a, b) => b.gain - a.gain);
}

describe('operation profiles and diffs against the cohort', () => {
  let store: TempStore;
  let fx: WhySlowFixture;
  before(async () => {
    store = await openTempStore();
    fx = await loadWhySlowFixture(store);
  });
  after(() => store.close());

  const window = () => ({
    fromMs: Number(fx.t / ms) - 60_000,
    toMs: Number(fx.t / ms) + 60_000,
    limit: 1,
  });

  it('merges every span of an operation into one flame graph', async () => {
    const p = await queryOperationProfile(
      store.client,
      { ...window(), service: fx.service, operation: fx.operation },
      onCpu,
    );
    assert.deepEqual(
      { matched: p.spans.matched, used: p.spans.used, withSamples: p.spans.withSamples },
      { matched: 12, used: 12, withSamples: 12 },
    );
    const handler = p.tree.children[0]?.children[0];
    assert.equal(handler?.name, 'handlePay');
    assert.deepEqual(
      handler.children.map((c) => [c.name, c.value / hit]),
      [
        ['computeTax', 26],
        ['parseRequest', 25],
      ],
    );
    assert.equal(p.total, 51 * hit);
    assert.match(p.sql, /profile_samples_by_span/);
  });

  it('applies the explorer’s Kubernetes filters to the operation', async () => {
    const none = await queryOperationProfile(
      store.client,
      { ...window(), service: fx.service, operation: fx.operation, deployment: 'billing' },
      onCpu,
    );
    assert.equal(none.spans.matched, 0);
    assert.equal(none.total, 0);
    const some = await queryOperationProfile(
      store.client,
      { ...window(), service: fx.service, operation: fx.operation, deployment: 'check' },
      onCpu,
    );
    assert.equal(some.spans.matched, 12);
  });

  async function diff(
    span: { traceId: string; spanId: string },
    changes: Partial<SpanDiffRequest> = {},
  ) {
    const trace = await queryTrace(store.client, span.traceId);
    const d = await querySpanDiff(store.client, trace, {
      ...diffDefaults,
      spanId: span.spanId,
      fromMs: undefined,
      toMs: undefined,
      sampleType: undefined,
      scope: 'span',
      ...changes,
    });
    assert.ok(d);
    return d;
  }

  it('shows the function that grew as the largest gain of a CPU-slow span over its typical peers', async () => {
    const d = await diff(fx.cpuSlow);
    assert.equal(d.baseline.spans.used, 10); // the ten 200 ms spans, p40–p60
    assert.equal(d.baseline.spans.maxNs, Number(200n * ms));
    assert.equal(d.target.spans.used, 1);
    // Per span: target 8 hits, baseline 4.
    assert.equal(d.target.total, 8 * hit);
    assert.equal(d.baseline.total, 4 * hit);
    const gains = selfGains(d.tree);
    assert.deepEqual(gains, [{ name: 'computeTax', gain: 4 * hit }]);
    assert.deepEqual(d.baselines, ['cohort']); // no image tags: no revision to compare with
  });

  it('compares the slow cohort (≥ p90) with the typical one', async () => {
    const d = await diff(fx.cpuSlow, { target: 'slow' });
    assert.equal(d.target.spans.used, 2); // the 400 ms and the 600 ms span
    // computeTax: (6 + 0) / 2 = 3 hits a span against 2; parseRequest: (2 + 3) / 2 against 2.
    const handler = d.tree.children[0]?.children[0];
    const tax = handler?.children.find((c) => c.name === 'computeTax');
    assert.deepEqual([tax?.value, tax?.baseline], [3 * hit, 2 * hit]);
    const parse = handler?.children.find((c) => c.name === 'parseRequest');
    assert.deepEqual([parse?.value, parse?.baseline], [2.5 * hit, 2 * hit]);
  });

  it('keeps a frame only the baseline has, at zero width', async () => {
    const d = await diff(fx.waiting);
    const handler = d.tree.children[0]?.children[0];
    const tax = handler?.children.find((c) => c.name === 'computeTax');
    assert.deepEqual([tax?.value, tax?.baseline], [0, 2 * hit]);
  });
});
