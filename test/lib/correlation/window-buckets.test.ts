import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ClickHouseClient } from '@clickhouse/client';
import { inlineSqlParams, sql, sqlFragment, type SqlFragment } from '@/lib/clickhouse/sql';
import type { TraceSpan } from '@/lib/contract/span-models';
import type { WeightedStack } from '@/lib/flame/flame-node';
import { queryCohortsStacks, queryCohortStacks } from '@/lib/correlation/cohort-stacks';
import { bestTier } from '@/lib/correlation/correlation-rules';
import { correlationTiers, type CorrelationTier } from '@/lib/correlation/correlation-tier';
import { countSamplesPerSpan } from '@/lib/correlation/count-samples-per-span';
import { sampleTypeFilter } from '@/lib/correlation/sample-kinds';
import { scopeSpans } from '@/lib/correlation/scope-spans';
import { tierSamplesSource } from '@/lib/correlation/tier-samples-source';
import { weightedStacksQuery } from '@/lib/correlation/weighted-stacks';
import { SqlSandbox } from '@/lib/sql-console/sql-sandbox';
import { queryTrace } from '@/lib/traces/query-trace';
import { loadManyWindowsFixture } from '@/test/support/many-windows-fixture';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import { loadTierKindsFixture } from '@/test/support/tier-kinds-fixture';

/**
 * The cohort path (bucketed window joins, named tiers by (trace, span) pairs, weights and frames
 * read apart) against the span view's own sources: tierSamplesSource per span and per tier, and
 * the one-statement weightedStacksQuery "Show SQL" opens.
 */

const columns = sqlFragment`Timestamp, StackId, Value, Period, SampleType, SampleUnit, HostName,
  ProcessPid, ThreadId`;

async function rows<T>(client: ClickHouseClient, q: ReturnType<typeof sql>): Promise<T[]> {
  return (await client.query({ ...q, format: 'JSONEachRow' })).json<T>();
}

/** Each span's hits per tier, from tierSamplesSource over the span alone. */
async function hitsByTier(
  client: ClickHouseClient,
  span: TraceSpan,
): Promise<Record<CorrelationTier, number>> {
  const out: Record<CorrelationTier, number> = { exact: 0, label: 0, thread: 0, process: 0 };
  for (const tier of correlationTiers) {
    const source = tierSamplesSource(tier, span.traceId, [span]);
    if (!source) continue;
    const [r] = await rows<{ n: string }>(
      client,
      sql`SELECT count() AS n FROM (${source}) WHERE ${sampleTypeFilter(undefined)}`,
    );
    out[tier] = Number(r?.n ?? 0);
  }
  return out;
}

/** A cohort's stacks as the span view's sources give them: each span at its own best tier. */
async function stacksBySpanViewSources(
  client: ClickHouseClient,
  spans: readonly TraceSpan[],
): Promise<string[]> {
  const byTier = new Map<CorrelationTier, TraceSpan[]>();
  for (const s of spans) {
    const tier = bestTier(await hitsByTier(client, s));
    if (tier) byTier.set(tier, [...(byTier.get(tier) ?? []), s]);
  }
  const parts: SqlFragment[] = [];
  for (const [tier, members] of byTier) {
    const sources =
      tier === 'thread' || tier === 'process'
        ? [tierSamplesSource(tier, '', members)]
        : members.map((m) => tierSamplesSource(tier, m.traceId, [m]));
    for (const s of sources) if (s) parts.push(sqlFragment`SELECT ${columns} FROM (${s})`);
  }
  if (parts.length === 0) return [];
  const union = parts.reduce((a, b) => sqlFragment`${a} UNION ALL ${b}`);
  const found = await rows<{ value: string; hits: string; functionNames: string[] }>(
    client,
    weightedStacksQuery(union, undefined),
  );
  return found.map((r) => `${r.functionNames.join(';')} ${r.value} ${r.hits}`).sort();
}

const described = (stacks: readonly WeightedStack[]): string[] =>
  stacks
    .map((s) => `${s.frames.map((f) => f.functionName).join(';')} ${s.value} ${s.hits ?? 0}`)
    .sort();

describe('cohort samples by time bucket', () => {
  let store: TempStore;
  let spans: TraceSpan[];
  before(async () => {
    store = await openTempStore();
    const kinds = await loadTierKindsFixture(store);
    const many = await loadManyWindowsFixture(store);
    spans = [];
    for (const { traceId } of [...kinds.spans, ...many.spans]) {
      spans.push(...(await queryTrace(store.client, traceId)));
    }
    spans = [...new Map(spans.map((s) => [s.spanId, s])).values()];
  });
  after(() => store.close());

  it('counts every span of a page at the tier and hits the span view finds for it alone', async () => {
    const counts = await countSamplesPerSpan(store.client, spans, undefined);
    for (const s of spans) {
      const hits = await hitsByTier(store.client, s);
      const tier = bestTier(hits);
      const expected = tier ? { tier, samples: hits[tier] } : undefined;
      assert.deepEqual(counts.get(s.spanId), expected, `${s.name} ${s.spanId}`);
    }
    assert.ok(counts.size > 60, `spans with samples: ${counts.size}`);
  });

  it('merges a cohort of spans with a pid into the stacks of the span view’s sources', async () => {
    const withPid = spans.filter((s) => s.resource['process.pid']);
    const got = await queryCohortStacks(
      store.client,
      withPid.map((s) => [s]),
      undefined,
    );
    const expected = await stacksBySpanViewSources(store.client, withPid);
    assert.ok(expected.length > 5, `stacks: ${expected.length}`);
    assert.deepEqual(described(got.stacks), expected);
  });

  it('merges linked and labelled spans from the one read that counted them', async () => {
    const oneNamedTier: TraceSpan[] = [];
    for (const s of spans) {
      const h = await hitsByTier(store.client, s);
      if (h.exact === 0 || h.label === 0) oneNamedTier.push(s);
    }
    assert.ok(oneNamedTier.length < spans.length, 'some span has linked and labelled samples');
    const got = await queryCohortStacks(
      store.client,
      oneNamedTier.map((s) => [s]),
      undefined,
    );
    assert.deepEqual(
      described(got.stacks),
      await stacksBySpanViewSources(store.client, oneNamedTier),
    );
  });

  it('merges a cohort mixing spans with a pid and spans with only a container the same way', async () => {
    const got = await queryCohortStacks(
      store.client,
      spans.map((s) => [s]),
      undefined,
    );
    assert.deepEqual(described(got.stacks), await stacksBySpanViewSources(store.client, spans));
  });

  it('counts a span in two members once, as the scope of each member covers it', async () => {
    const sweeps = spans.filter((s) => s.name === 'sweep');
    const groups = [
      sweeps,
      ...sweeps.slice(0, 10).map((s) => scopeSpans(sweeps, s.spanId, 'span')),
    ];
    const got = await queryCohortStacks(store.client, groups, undefined);
    assert.deepEqual(described(got.stacks), await stacksBySpanViewSources(store.client, sweeps));
    assert.equal(got.withSamples, groups.length);
  });

  it('reads two cohorts at once as it reads each alone, apart or sharing spans', async () => {
    const sweeps = spans.filter((s) => s.name === 'sweep').map((s) => [s]);
    const others = spans.filter((s) => s.name !== 'sweep').map((s) => [s]);
    const alone = async (groups: TraceSpan[][]) =>
      described((await queryCohortStacks(store.client, groups, undefined)).stacks);
    const apart = await queryCohortsStacks(store.client, [sweeps, others], undefined);
    assert.deepEqual(
      apart.map((c) => described(c.stacks)),
      [await alone(sweeps), await alone(others)],
    );
    const shared = sweeps.slice(0, 20);
    const sharing = await queryCohortsStacks(store.client, [shared, sweeps], undefined);
    assert.deepEqual(
      sharing.map((c) => described(c.stacks)),
      [await alone(shared), await alone(sweeps)],
    );
  });

  it('shows SQL the console runs, with the rows the profile holds', async () => {
    const sweeps = spans.filter((s) => s.name === 'sweep');
    const got = await queryCohortStacks(
      store.client,
      sweeps.map((s) => [s]),
      undefined,
    );
    assert.ok(got.source);
    const sandbox = await SqlSandbox.open({
      mode: 'embedded',
      dataDir: store.dataDir,
      ttlDays: 7,
    });
    try {
      const shown = await sandbox.run(inlineSqlParams(weightedStacksQuery(got.source, undefined)));
      const [value, hits, names] = ['value', 'hits', 'functionNames'].map((c) =>
        shown.columns.findIndex((x) => x.name === c),
      );
      const rowsShown = shown.rows.map(
        (r) =>
          `${(r[names ?? -1] as string[]).join(';')} ${String(r[value ?? -1])} ${String(r[hits ?? -1])}`,
      );
      assert.deepEqual(rowsShown.sort(), described(got.stacks));
    } finally {
      await sandbox.close();
    }
  });
});
