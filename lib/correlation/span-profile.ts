import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { inlineSqlParams, type SqlFragment } from '../clickhouse/sql';
import type { SpanProfile } from '../contract/profile-models';
import type { WeightedStack } from '../flame/flame-node';
import { stackRowsToFlameTree } from '../flame/stack-rows-to-flame-tree';
import type { TraceSpan } from '../contract/span-models';
import { expectedSamples } from './expected-samples';
import {
  offeredTypes,
  selectSpanSamples,
  type SpanSampleSelection,
  type SpanSamplesRequest,
} from './span-sample-selection';
import { offCpuClipped } from './sample-kinds';
import { scopeTime } from './scope-spans';
import { queryWeightedStacks, weightedStacksQuery } from './weighted-stacks';

/** The eBPF profiler's default: 20 samples a second. Used when no sample says its period. */
const defaultPeriodNs = 50_000_000;

/** A span profile with what the exports need besides the tree. */
export interface ResolvedSpanProfile {
  profile: SpanProfile;
  /** The selected span. */
  span: TraceSpan;
  /** Distinct stacks and their summed weights, leaf first. */
  stacks: WeightedStack[];
}

/** What a span profile is asked: the samples to read (see selectSpanSamples). */
export type SpanProfileRequest = SpanSamplesRequest;

/** The flame graph of a span (or its scope) and how its samples were matched. */
export async function querySpanProfile(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  request: SpanProfileRequest,
): Promise<SpanProfile | undefined> {
  return (await resolveSpanProfile(client, trace, request))?.profile;
}

/**
 * querySpanProfile, also returning the selected span and the stacks behind the tree. The scope
 * and tier are chosen by selectSpanSamples (scope `nearest`: the first scope with samples).
 */
export async function resolveSpanProfile(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  request: SpanProfileRequest,
): Promise<ResolvedSpanProfile | undefined> {
  const selection = await selectSpanSamples(client, trace, request);
  return selection && resolveInScope(client, selection);
}

async function resolveInScope(
  client: ClickHouseClient,
  selection: SpanSampleSelection,
): Promise<ResolvedSpanProfile> {
  const { selected, scope, emptyScopes, spans, counts, tier, sources, sampleType } = selection;
  // Off-CPU waits weigh their part inside the scope, as the time breakdown counts them.
  const [startNs, endNs] = scopeTime(spans);
  const clip = (f: SqlFragment | undefined) => f && offCpuClipped(f, startNs, endNs);
  const source = clip(tier ? sources.get(tier) : undefined);
  const stacks = source ? await queryWeightedStacks(client, source, sampleType) : [];
  const shown = source ?? clip(sources.get('exact'));
  const tree = stackRowsToFlameTree(stacks, selected.name);
  const found = tier ? counts.byTier[tier] : 0;
  const periodNs = (tier ? counts.periodNs[tier] : undefined) || defaultPeriodNs;
  const durationNs = Number(selected.durationNs);
  const profile: SpanProfile = {
    tier: tier ?? 'none',
    tierCounts: counts.byTier,
    scope,
    emptyScopes,
    sampleType: sampleType ?? '',
    sampleTypes: offeredTypes(selection.types),
    unit: (tier ? counts.unit[tier] : undefined) || 'nanoseconds',
    total: tree.value,
    coverage: {
      found,
      expected: expectedSamples(spans, periodNs),
      periodNs,
      state: found > 0 ? 'ok' : durationNs < periodNs ? 'shorter-than-period' : 'no-samples',
    },
    tree,
    sql: shown ? inlineSqlParams(weightedStacksQuery(shown, sampleType)) : '',
  };
  return { profile, span: selected, stacks };
}
