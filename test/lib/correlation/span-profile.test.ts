import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CorrelationTier, ProfileScope } from '@/lib/correlation/correlation-tier';
import { querySpanProfile } from '@/lib/correlation/span-profile';
import { drawFlameTree } from '@/lib/flame/stack-rows-to-flame-tree';
import { queryTrace } from '@/lib/traces/query-trace';
import {
  loadCorrelationFixture,
  type CorrelationFixture,
} from '@/test/support/correlation-fixture';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import { randomId } from '@/test/support/trace-request';

describe('querySpanProfile', () => {
  let store: TempStore;
  let traceId: string;
  let ids: CorrelationFixture['ids'];
  before(async () => {
    store = await openTempStore();
    ({ traceId, ids } = await loadCorrelationFixture(store));
  });
  after(() => store.close());

  async function profile(
    spanId: string,
    scope: ProfileScope = 'span',
    tier?: CorrelationTier,
    sampleType: string | undefined = 'cpu',
  ) {
    const trace = await queryTrace(store.client, traceId);
    const p = await querySpanProfile(store.client, trace, {
      traceId,
      spanId,
      scope,
      tier,
      sampleType,
    });
    assert.ok(p);
    return p;
  }

  it('matches samples linked to the span exactly', async () => {
    const p = await profile(ids.c1);
    assert.equal(p.tier, 'exact');
    assert.equal(p.coverage.found, 3);
    assert.equal(p.coverage.expected, 6); // 300 ms at 50 ms a sample
    assert.equal(p.total, 3 * 50_000_000);
    assert.equal(
      drawFlameTree(p.tree),
      ['render 150000000', '  main 150000000', '    exactHot 150000000 (self 150000000)'].join(
        '\n',
      ),
    );
  });

  it('matches samples that carry the span id as a label', async () => {
    const p = await profile(ids.c2);
    assert.equal(p.tier, 'label');
    assert.equal(p.coverage.found, 2);
    assert.equal(p.tree.children[0]?.children[0]?.name, 'labelHot');
  });

  it('falls back to the span thread inside its time, leaving samples named for other spans out', async () => {
    const p = await profile(ids.root);
    assert.deepEqual(p.tierCounts, { exact: 0, label: 0, thread: 4, process: 9 });
    assert.equal(p.tier, 'thread');
    assert.equal(p.tree.children[0]?.children[0]?.name, 'threadHot');
    assert.equal(p.coverage.found, 4);
  });

  it('uses the process tier when asked, which adds the other threads', async () => {
    const p = await profile(ids.root, 'span', 'process');
    assert.equal(p.tier, 'process');
    assert.deepEqual(
      p.tree.children[0]?.children.map((c) => [c.name, c.value / 50_000_000]),
      [
        ['otherThread', 5],
        ['threadHot', 4],
      ],
    );
  });

  it('covers descendants and the whole trace when the scope widens', async () => {
    const descendants = await profile(ids.root, 'descendants');
    assert.equal(descendants.tier, 'exact');
    assert.equal(descendants.coverage.found, 3);
    // root (1000 ms, pid 100, covering render and tiny) + query (400 ms, pid 200), at 50 ms.
    assert.equal(descendants.coverage.expected, 28);
    const trace = await profile(ids.root, 'trace', 'process');
    // pid 100 in the root window (9 unclaimed + 3 of c1, which is in scope) + pid 200 in c2's window (2).
    assert.equal(trace.coverage.found, 14);
  });

  it('says when a span is shorter than one sampling period', async () => {
    const p = await profile(ids.short);
    assert.equal(p.tier, 'none');
    assert.equal(p.coverage.state, 'shorter-than-period');
    assert.equal(p.tree.value, 0);
  });

  it('says when nothing matched a span long enough to be sampled', async () => {
    const p = await profile(ids.root, 'span', undefined, 'off_cpu');
    assert.equal(p.tier, 'none');
    assert.equal(p.coverage.state, 'no-samples');
  });

  it('returns nothing for a span that is not in the trace', async () => {
    const trace = await queryTrace(store.client, traceId);
    assert.equal(trace.length, 4);
    assert.equal(
      await querySpanProfile(store.client, trace, {
        traceId,
        spanId: randomId(8),
        scope: 'span',
        tier: undefined,
        sampleType: 'cpu',
      }),
      undefined,
    );
  });
});
