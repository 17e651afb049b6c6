import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ScopeRequest } from '@/lib/correlation/correlation-tier';

/** The fixture's on-CPU sample type, as the eBPF profiler's period type names it. */
const cpuType = 'cpu';
import { querySpanProfile } from '@/lib/correlation/span-profile';
import type { SpanSlice } from '@/lib/correlation/tier-samples-source';
import { querySpanTimeline } from '@/lib/correlation/thread-timeline';
import { queryTrace } from '@/lib/traces/query-trace';
import { ms } from '@/test/support/correlation-fixture';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import {
  loadThreadTimelineFixture,
  offCpuSampleType,
  type ThreadTimelineFixture,
} from '@/test/support/thread-timeline-fixture';

const msNs = Number(ms);

describe('the thread timeline of a span and the slice filter of its profile', () => {
  let store: TempStore;
  let fx: ThreadTimelineFixture;
  before(async () => {
    store = await openTempStore();
    fx = await loadThreadTimelineFixture(store);
  });
  after(() => store.close());

  const request = (scope: ScopeRequest = 'span', sampleType = cpuType) => ({
    traceId: fx.traceId,
    spanId: fx.spanId,
    scope,
    tier: undefined,
    sampleType,
  });

  async function timeline(scope: ScopeRequest = 'span', limit?: number) {
    const trace = await queryTrace(store.client, fx.traceId);
    const answer = await querySpanTimeline(store.client, trace, request(scope), limit);
    assert.ok(answer);
    return answer;
  }

  async function profile(slice?: SpanSlice, sampleType = cpuType) {
    const trace = await queryTrace(store.client, fx.traceId);
    const p = await querySpanProfile(store.client, trace, {
      ...request('span', sampleType),
      slice,
    });
    assert.ok(p);
    return p;
  }

  it('gives one lane per thread of the process, with its samples of both kinds at their offsets', async () => {
    const answer = await timeline();
    assert.equal(answer.tier, 'process');
    assert.equal(answer.scope, 'span');
    assert.equal(answer.span.spanId, fx.spanId);
    assert.deepEqual(
      answer.threads.map((l) => [l.hostName, l.pid, l.threadId, l.threadName, l.sampleCount]),
      [
        ['node-t', 4000, 4001, 'worker-1', 6],
        ['node-t', 4000, 4002, 'worker-2', 4],
      ],
    );
    for (const [i, thread] of fx.threads.entries()) {
      const expected = [
        ...thread.onCpuMs.map((at) => [at * msNs, cpuType, fx.periodNs]),
        ...thread.offCpu.map((o) => [o.atMs * msNs, offCpuSampleType, o.offNs]),
      ].sort((a, b) => Number(a[0]) - Number(b[0]));
      assert.deepEqual(
        answer.threads[i]?.samples.map((s) => [s.t, s.sampleType, s.value]),
        expected,
        `thread ${thread.threadId}`,
      );
    }
    assert.ok(answer.threads.every((l) => l.samples.every((s) => /^\d+$/.test(s.stackId ?? ''))));
    assert.equal(answer.sampleTotal, 10);
    assert.equal(answer.capped, false);
  });

  it('tells on-CPU from off-CPU samples by their data', async () => {
    const answer = await timeline();
    assert.deepEqual(
      answer.sampleTypes.map((t) => [t.sampleType, t.unit, t.kind, t.count]),
      [
        [cpuType, 'nanoseconds', 'on-cpu', 7],
        [offCpuSampleType, 'nanoseconds', 'off-cpu', 3],
      ],
    );
  });

  it("places the span's direct children on its time", async () => {
    const answer = await timeline();
    assert.deepEqual(answer.children, [
      {
        spanId: fx.children.fetch,
        name: 'fetch',
        service: 'batcher',
        offsetNs: 100 * msNs,
        durationNs: 200 * msNs,
      },
      {
        spanId: fx.children.store,
        name: 'store',
        service: 'batcher',
        offsetNs: 600 * msNs,
        durationNs: 300 * msNs,
      },
    ]);
    assert.equal(answer.span.durationNs, String(1000 * msNs));
  });

  it('chooses the scope as the profile does: nearest lands on the span itself here', async () => {
    const answer = await timeline('nearest');
    assert.equal(answer.scope, 'span');
    assert.deepEqual(answer.emptyScopes, []);
    assert.equal(answer.threads.length, 2);
  });

  it('caps the samples it returns, says so, and keeps every lane and kind', async () => {
    const answer = await timeline('span', 6);
    assert.equal(answer.capped, true);
    assert.equal(answer.sampleLimit, 6);
    assert.equal(answer.sampleTotal, 10);
    const returned = answer.threads.flatMap((l) => l.samples);
    assert.ok(returned.length <= 6, `${returned.length} samples returned`);
    assert.ok(returned.length < 10);
    assert.deepEqual(
      answer.threads.map((l) => l.sampleCount),
      [6, 4],
    );
    for (const lane of answer.threads) {
      const types = new Set(lane.samples.map((s) => s.sampleType));
      assert.deepEqual([...types].sort(), [cpuType, offCpuSampleType].sort());
    }
  });

  it('cuts the profile to the samples inside a slice of the span', async () => {
    const whole = await profile();
    assert.equal(whole.total, 7 * fx.periodNs);
    const early = await profile({ fromNs: 50 * msNs, toNs: 450 * msNs });
    assert.equal(early.total, 4 * fx.periodNs);
    assert.deepEqual(
      early.tree.children[0]?.children.map((c) => c.name),
      ['parse'],
    );
    const late = await profile({ fromNs: 450 * msNs, toNs: undefined });
    assert.equal(late.total, 3 * fx.periodNs);
    // Ends are included, as in the tiers' own windows.
    const edges = await profile({ fromNs: 100 * msNs, toNs: 200 * msNs });
    assert.equal(edges.total, 2 * fx.periodNs);
  });

  it('keeps the tier and coverage of the whole span for a slice without samples', async () => {
    const empty = await profile({ fromNs: 800 * msNs, toNs: 850 * msNs });
    assert.equal(empty.total, 0);
    assert.equal(empty.tier, 'process');
    assert.equal(empty.coverage.found, 7);
  });

  it('cuts off-CPU profiles the same way', async () => {
    const offCpu = await profile({ fromNs: 0, toNs: 300 * msNs }, offCpuSampleType);
    assert.equal(offCpu.tier, 'process');
    assert.equal(offCpu.total, 30 * msNs + 20 * msNs);
  });
});
