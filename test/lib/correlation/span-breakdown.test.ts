import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { querySpanBreakdown } from '@/lib/correlation/span-breakdown';
import { querySpanProfile } from '@/lib/correlation/span-profile';
import { drawFlameTree } from '@/lib/flame/stack-rows-to-flame-tree';
import { queryTrace } from '@/lib/traces/query-trace';
import { loadCorrelationFixture } from '@/test/support/correlation-fixture';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import { loadWhySlowFixture, ms, type WhySlowFixture } from '@/test/support/why-slow-fixture';

const n = (v: bigint) => Number(v);

describe('where a span’s time went', () => {
  let store: TempStore;
  let fx: WhySlowFixture;
  before(async () => {
    store = await openTempStore();
    fx = await loadWhySlowFixture(store);
  });
  after(() => store.close());

  async function breakdown(span: { traceId: string; spanId: string }) {
    const trace = await queryTrace(store.client, span.traceId);
    const b = await querySpanBreakdown(store.client, trace, {
      ...span,
      scope: 'span',
      tier: undefined,
    });
    assert.ok(b);
    return b;
  }

  it('splits a waiting span into on-CPU, off-CPU clipped to the span, and unaccounted', async () => {
    const b = await breakdown(fx.waiting);
    assert.equal(b.tier, 'exact');
    assert.equal(b.durationNs, n(600n * ms));
    assert.equal(b.onCpuNs, n(150n * ms));
    // 300 ms inside the span, and 50 ms of a 200 ms wait that began before it.
    assert.equal(b.offCpuNs, n(350n * ms));
    assert.equal(b.unaccountedNs, n(100n * ms));
    assert.deepEqual(b.coverage.onCpu, { found: 3, expected: 12, periodNs: 50_000_000 });
    assert.deepEqual(b.coverage.offCpu, { found: 2, recording: true });
    assert.deepEqual(
      b.byThread.map((t) => [t.threadId, t.onCpuNs, t.offCpuNs, t.unaccountedNs]),
      [
        [301, n(100n * ms), n(350n * ms), n(150n * ms)],
        [302, n(50n * ms), 0, n(550n * ms)],
      ],
    );
    assert.match(b.sql, /profile_samples_by_span/);
  });

  it('finds a CPU-slow span busy on the CPU and not waiting', async () => {
    const b = await breakdown(fx.cpuSlow);
    assert.equal(b.onCpuNs, n(400n * ms));
    assert.equal(b.offCpuNs, 0);
    assert.equal(b.unaccountedNs, 0);
    // The process records off-CPU samples, so 0 is a finding, not a gap.
    assert.equal(b.coverage.offCpu.recording, true);
  });

  it('offers every sample type the span holds, on-CPU first, and shows the one asked for', async () => {
    const trace = await queryTrace(store.client, fx.waiting.traceId);
    const request = { ...fx.waiting, scope: 'span' as const, tier: undefined };
    const auto = await querySpanProfile(store.client, trace, { ...request, sampleType: undefined });
    assert.ok(auto);
    assert.deepEqual(auto.sampleTypes, [
      { name: 'cpu', unit: 'nanoseconds', kind: 'on-cpu', hits: 3, tier: 'exact' },
      { name: 'off_cpu', unit: 'nanoseconds', kind: 'off-cpu', hits: 2, tier: 'exact' },
    ]);
    assert.equal(auto.sampleType, 'cpu');
    assert.equal(auto.total, n(150n * ms));
    const off = await querySpanProfile(store.client, trace, { ...request, sampleType: 'off_cpu' });
    assert.ok(off);
    assert.equal(off.sampleType, 'off_cpu');
    assert.equal(off.coverage.found, 2);
    // The waits weigh their part inside the span (300 + 50 ms), as the breakdown counts them.
    assert.equal(
      drawFlameTree(off.tree),
      [
        `POST /pay ${n(350n * ms)}`,
        `  main ${n(350n * ms)}`,
        `    handlePay ${n(350n * ms)}`,
        `      sync.(*Mutex).Lock ${n(350n * ms)}`,
        `        futex_wait ${n(350n * ms)} (self ${n(350n * ms)})`,
      ].join('\n'),
    );
    assert.equal(off.total, (await breakdown(fx.waiting)).offCpuNs);
  });
});

describe('where a span’s time went, without off-CPU recording', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  it('says off-CPU time is unknown when the process sends no off-CPU samples', async () => {
    const { traceId, ids } = await loadCorrelationFixture(store);
    const trace = await queryTrace(store.client, traceId);
    const b = await querySpanBreakdown(store.client, trace, {
      traceId,
      spanId: ids.c1,
      scope: 'span',
      tier: undefined,
    });
    assert.ok(b);
    assert.equal(b.onCpuNs, n(150n * ms));
    assert.equal(b.offCpuNs, 0);
    assert.equal(b.coverage.offCpu.recording, false);
  });
});
