import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import type { WeightedStack } from '../flame/flame-node';
import { queryCohortNamedSamples, type CohortNamedSamples } from './cohort-named-samples';
import { countWithNamedHits } from './count-samples-per-span';
import { correlationTiers, type CorrelationTier } from './correlation-tier';
import { namedTierFilter, traceOfNamedSpan } from './correlation-rules';
import { bucketedWindowSource, bucketedWindowTiers } from './window-buckets';
import { queryStackWeights, weightedStacksOfEach, type StackWeight } from './weighted-stacks';

/** The columns every tier's source shares, so their samples can be read as one. */
const sampleColumns = sqlFragment`Timestamp, StackId, Value, Period, SampleType, SampleUnit,
  HostName, ProcessPid, ThreadId`;

/** A set of spans' samples merged into one profile, each span's at its own best tier. */
export interface CohortStacks {
  stacks: WeightedStack[];
  /** Cohort members (groups) with samples of the type in their scope. */
  withSamples: number;
  /** The merged samples, as a subquery (undefined when no span had samples). */
  source: SqlFragment | undefined;
}

type Groups = readonly (readonly TraceSpan[])[];

const noStacks: CohortStacks = { stacks: [], withSamples: 0, source: undefined };

/**
 * The samples of a cohort, possibly of many traces, as one profile. Each member is a group: the
 * spans its scope covers (the span alone, or with the spans under it). Every span contributes the
 * samples of the most certain tier it has (as the explorer counts them), so spans linked exactly
 * and spans matched by window sit in one cohort; a span in two groups counts once.
 */
export async function queryCohortStacks(
  client: ClickHouseClient,
  groups: Groups,
  sampleType: string | undefined,
): Promise<CohortStacks> {
  return (await queryCohortsStacks(client, [groups], sampleType))[0] ?? noStacks;
}

const uniqueSpans = (groups: Groups): TraceSpan[] => [
  ...new Map(groups.flat().map((s) => [`${s.traceId}/${s.spanId}`, s])).values(),
];

/**
 * queryCohortStacks of several cohorts (a diff's two sides) from shared reads: the spans' counts
 * and named samples once for all, the frames once. Cohorts that share a span id are read one by
 * one (a named row is a cohort's by its span id).
 */
export async function queryCohortsStacks(
  client: ClickHouseClient,
  cohorts: readonly Groups[],
  sampleType: string | undefined,
): Promise<CohortStacks[]> {
  const members = cohorts.map(uniqueSpans);
  const ids = members.flatMap((m) => [...new Set(m.map((s) => s.spanId))]);
  if (new Set(ids).size < ids.length) {
    const out: CohortStacks[] = [];
    for (const groups of cohorts) out.push(await queryCohortStacks(client, groups, sampleType));
    return out;
  }
  const spans = members.flat();
  if (spans.length === 0) return cohorts.map(() => noStacks);
  const named = await queryCohortNamedSamples(client, members, sampleType);
  const counts = await countWithNamedHits(client, spans, named.hits, sampleType);
  const sampled = (s: TraceSpan) => (counts.get(s.spanId)?.samples ?? 0) > 0;
  const sides = await Promise.all(
    members.map(async (m, i) => {
      const byTier = new Map<CorrelationTier, TraceSpan[]>();
      for (const s of m) {
        const c = counts.get(s.spanId);
        if (!c || c.samples === 0) continue;
        const list = byTier.get(c.tier);
        if (list) list.push(s);
        else byTier.set(c.tier, [s]);
      }
      const weights = named.weights[i] ?? { exact: [], label: [] };
      return {
        byTier,
        source: cohortSource(byTier),
        weights: await tierWeights(client, byTier, { hits: named.hits, weights }, sampleType),
      };
    }),
  );
  const stacks = await weightedStacksOfEach(
    client,
    sides.map((s) => s.weights),
  );
  return sides.map((side, i) =>
    side.source
      ? {
          stacks: stacks[i] ?? [],
          withSamples: (cohorts[i] ?? []).filter((g) => g.some(sampled)).length,
          source: side.source,
        }
      : noStacks,
  );
}

/** A cohort's samples as one subquery, each tier's part from its spans (what Show SQL reads). */
function cohortSource(byTier: ReadonlyMap<CorrelationTier, TraceSpan[]>): SqlFragment | undefined {
  const parts = correlationTiers.flatMap((tier) => {
    const tierSpans = byTier.get(tier);
    const source = tierSpans && cohortTierSource(tier, tierSpans);
    return source ? [sqlFragment`SELECT ${sampleColumns} FROM (${source})`] : [];
  });
  return parts.length > 0 ? parts.reduce((a, b) => sqlFragment`${a} UNION ALL ${b}`) : undefined;
}

/**
 * The weights of the parts, each sample read once: the named tiers' from the read that counted
 * them, unless a span whose best tier is exact also has label rows (they are not its samples, so
 * the label part is read on its own); the window tiers' in one read for both.
 */
async function tierWeights(
  client: ClickHouseClient,
  byTier: ReadonlyMap<CorrelationTier, TraceSpan[]>,
  named: { hits: CohortNamedSamples['hits']; weights: CohortNamedSamples['weights'][number] },
  sampleType: string | undefined,
): Promise<StackWeight[]> {
  const labelOfExact = [...named.hits.values()].some((h) => h.exact > 0 && h.label > 0);
  const labelSpans = byTier.get('label');
  const label = labelOfExact && labelSpans ? cohortTierSource('label', labelSpans) : undefined;
  const windows = bucketedWindowTiers(
    (['thread', 'process'] as const).map((tier) => ({ tier, spans: byTier.get(tier) ?? [] })),
  );
  const reread = [label, windows].flatMap((source) =>
    source ? [sqlFragment`SELECT ${sampleColumns} FROM (${source})`] : [],
  );
  const weights = [
    ...(byTier.has('exact') ? named.weights.exact : []),
    ...(labelSpans && !labelOfExact ? named.weights.label : []),
  ];
  if (reread.length === 0) return weights;
  const union = reread.reduce((a, b) => sqlFragment`${a} UNION ALL ${b}`);
  return [...weights, ...(await queryStackWeights(client, union, sampleType))];
}

/** One tier's samples of spans of many traces. */
function cohortTierSource(
  tier: CorrelationTier,
  spans: readonly TraceSpan[],
): SqlFragment | undefined {
  if (tier === 'thread' || tier === 'process') return bucketedWindowSource(tier, spans);
  const ids = param(
    'Array(String)',
    spans.map((s) => s.spanId),
  );
  const traces = param('Array(String)', [...new Set(spans.map((s) => s.traceId))]);
  return sqlFragment`SELECT * FROM profile_samples_by_span
    WHERE SpanId IN ${ids} AND TraceId IN arrayConcat(${traces}, [''])
      AND ${namedTierFilter(tier, traceOfNamedSpan(spans))}`;
}
