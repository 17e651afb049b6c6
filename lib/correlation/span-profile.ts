import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { inlineSqlParams, param, sql, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import type { SpanProfile } from '../contract/profile-models';
import type { WeightedStack } from '../flame/flame-node';
import { stackRowsToFlameTree } from '../flame/stack-rows-to-flame-tree';
import type { TraceSpan } from '../contract/span-models';
import {
  correlationTiers,
  profileScopes,
  type CorrelationTier,
  type ProfileScope,
  type ScopeRequest,
} from './correlation-tier';
import { bestTier } from './correlation-rules';
import { expectedSamples } from './expected-samples';
import { scopeSpans } from './scope-spans';
import { tierSamplesSource } from './tier-samples-source';
import { sampleKindOf, sampleKinds, type SampleKind } from './sample-kinds';
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

export interface SpanProfileRequest {
  traceId: string;
  spanId: string;
  scope: ScopeRequest;
  /** A tier the user chose, or undefined for the most certain tier that has samples. */
  tier: CorrelationTier | undefined;
  /** A sample type, or undefined for the span's on-CPU type (or its most sampled one). */
  sampleType: string | undefined;
}

/** The flame graph of a span (or its scope) and how its samples were matched. */
export async function querySpanProfile(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  request: SpanProfileRequest,
): Promise<SpanProfile | undefined> {
  return (await resolveSpanProfile(client, trace, request))?.profile;
}

/**
 * querySpanProfile, also returning the selected span and the stacks behind the tree. Scope
 * `nearest` tries each scope in turn and keeps the first with samples (or the widest).
 */
export async function resolveSpanProfile(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  request: SpanProfileRequest,
): Promise<ResolvedSpanProfile | undefined> {
  const selected = trace.find((s) => s.spanId === request.spanId);
  if (!selected) return undefined;
  if (request.scope !== 'nearest') {
    return resolveInScope(client, trace, selected, request, request.scope, []);
  }
  const empty: ProfileScope[] = [];
  let resolved: ResolvedSpanProfile | undefined;
  for (const scope of profileScopes) {
    resolved = await resolveInScope(client, trace, selected, request, scope, [...empty]);
    if (resolved.profile.total > 0) return resolved;
    empty.push(scope);
  }
  return resolved;
}

async function resolveInScope(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  selected: TraceSpan,
  request: SpanProfileRequest,
  scope: ProfileScope,
  emptyScopes: ProfileScope[],
): Promise<ResolvedSpanProfile> {
  const spans = scopeSpans(trace, request.spanId, scope);
  const sources = new Map<CorrelationTier, SqlFragment>();
  for (const tier of correlationTiers) {
    const source = tierSamplesSource(tier, request.traceId, spans);
    if (source) sources.set(tier, source);
  }
  const types = await countTiers(client, sources);
  const sampleType = request.sampleType ?? defaultTypeOf(types);
  const counts = tierCountsOf(types, sampleType);
  const tier = request.tier ?? bestTier(counts.byTier);
  const source = tier ? sources.get(tier) : undefined;
  const stacks = source ? await queryWeightedStacks(client, source, sampleType) : [];
  const shown = source ?? sources.get('exact');
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
    sampleTypes: offeredTypes(types),
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

interface TierCounts {
  byTier: Record<CorrelationTier, number>;
  periodNs: Partial<Record<CorrelationTier, number>>;
  unit: Partial<Record<CorrelationTier, string>>;
}

/** Hits of one sample type in one tier's source. */
interface TypeCount {
  tier: CorrelationTier;
  type: string;
  unit: string;
  periodNs: number;
  hits: number;
}

/** Hits per tier and sample type, every type the sources hold. */
async function countTiers(
  client: ClickHouseClient,
  sources: Map<CorrelationTier, SqlFragment>,
): Promise<TypeCount[]> {
  if (sources.size === 0) return [];
  const parts = [...sources].map(
    ([tier, source]) =>
      sqlFragment`SELECT ${param('String', tier)} AS tier, SampleType AS type, any(SampleUnit) AS unit,
        max(Period) AS period, count() AS hits FROM (${source}) GROUP BY SampleType`,
  );
  const union = parts.reduce((a, b) => sqlFragment`${a} UNION ALL ${b}`);
  const rs = await client.query({ ...sql`${union}`, format: 'JSONEachRow' });
  const rows = await rs.json<{
    tier: CorrelationTier;
    type: string;
    unit: string;
    period: string;
    hits: string;
  }>();
  return rows.map((r) => ({
    tier: r.tier,
    type: r.type,
    unit: r.unit,
    periodNs: Number(r.period),
    hits: Number(r.hits),
  }));
}

/** The type shown when none is asked for: the on-CPU type with most hits, else the most hits. */
function defaultTypeOf(types: readonly TypeCount[]): string | undefined {
  const ranked = [...types].sort(
    (a, b) =>
      Number(kindOf(b) === 'on-cpu') - Number(kindOf(a) === 'on-cpu') ||
      b.hits - a.hits ||
      a.type.localeCompare(b.type),
  );
  return ranked[0]?.type;
}

function kindOf(t: TypeCount): SampleKind {
  return sampleKindOf(t.type, t.unit, t.periodNs);
}

function tierCountsOf(types: readonly TypeCount[], sampleType: string | undefined): TierCounts {
  const out: TierCounts = {
    byTier: { exact: 0, label: 0, thread: 0, process: 0 },
    periodNs: {},
    unit: {},
  };
  for (const t of types) {
    if (t.type !== sampleType) continue;
    out.byTier[t.tier] = t.hits;
    out.periodNs[t.tier] = t.periodNs;
    out.unit[t.tier] = t.unit;
  }
  return out;
}

/** Every type the span's samples hold, with its hits in the most certain tier that has it. */
function offeredTypes(types: readonly TypeCount[]): SpanProfile['sampleTypes'] {
  const byType = new Map<string, TypeCount>();
  for (const tier of correlationTiers) {
    for (const t of types) if (t.tier === tier && !byType.has(t.type)) byType.set(t.type, t);
  }
  return [...byType.values()]
    .map((t) => ({ name: t.type, unit: t.unit, kind: kindOf(t), hits: t.hits, tier: t.tier }))
    .sort((a, b) => sampleKinds.indexOf(a.kind) - sampleKinds.indexOf(b.kind) || b.hits - a.hits);
}
