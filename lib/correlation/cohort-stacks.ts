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
import { queryStackWeights, weightedStacksOf, type StackWeight } from './weighted-stacks';

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

/**
 * The samples of a cohort, possibly of many traces, as one profile. Each member is a group: the
 * spans its scope covers (the span alone, or with the spans under it). Every span contributes the
 * samples of the most certain tier it has (as the explorer counts them), so spans linked exactly
 * and spans matched by window sit in one cohort; a span in two groups counts once.
 */
export async function queryCohortStacks(
  client: ClickHouseClient,
  groups: readonly (readonly TraceSpan[])[],
  sampleType: string | undefined,
): Promise<CohortStacks> {
  const key = (s: TraceSpan) => `${s.traceId}/${s.spanId}`;
  const spans = [...new Map(groups.flat().map((s) => [key(s), s])).values()];
  if (spans.length === 0) return { stacks: [], withSamples: 0, source: undefined };
  const named = await queryCohortNamedSamples(client, spans, sampleType);
  const counts = await countWithNamedHits(client, spans, named.hits, sampleType);
  const sampled = (s: TraceSpan) => (counts.get(s.spanId)?.samples ?? 0) > 0;
  const byTier = new Map<CorrelationTier, TraceSpan[]>();
  for (const s of spans) {
    const c = counts.get(s.spanId);
    if (!c || c.samples === 0) continue;
    byTier.set(c.tier, [...(byTier.get(c.tier) ?? []), s]);
  }
  const parts = new Map<CorrelationTier, SqlFragment>();
  for (const tier of correlationTiers) {
    const tierSpans = byTier.get(tier);
    const source = tierSpans && cohortTierSource(tier, tierSpans);
    if (source) parts.set(tier, sqlFragment`SELECT ${sampleColumns} FROM (${source})`);
  }
  if (parts.size === 0) return { stacks: [], withSamples: 0, source: undefined };
  const source = [...parts.values()].reduce((a, b) => sqlFragment`${a} UNION ALL ${b}`);
  return {
    stacks: await weightedStacksOf(client, await tierWeights(client, byTier, named, sampleType)),
    withSamples: groups.filter((g) => g.some(sampled)).length,
    source,
  };
}

/**
 * The weights of the parts, each sample read once: the named tiers' from the read that counted
 * them, unless a span whose best tier is exact also has label rows (they are not its samples, so
 * the label part is read on its own); the window tiers' in one read for both.
 */
async function tierWeights(
  client: ClickHouseClient,
  byTier: ReadonlyMap<CorrelationTier, TraceSpan[]>,
  named: CohortNamedSamples,
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
