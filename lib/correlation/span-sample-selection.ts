import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import type { SampleTypeOffer } from '../contract/profile-models';
import type { TraceSpan } from '../contract/span-models';
import {
  correlationTiers,
  profileScopes,
  type CorrelationTier,
  type ProfileScope,
  type ScopeRequest,
} from './correlation-tier';
import { bestTier } from './correlation-rules';
import { sampleKindOf, sampleKinds, type SampleKind } from './sample-kinds';
import { scopeSpans } from './scope-spans';
import { samplesInSlice, tierSamplesSource, type SpanSlice } from './tier-samples-source';

/** Which samples of a span to read: what the profile and the thread timeline are asked. */
export interface SpanSamplesRequest {
  traceId: string;
  spanId: string;
  scope: ScopeRequest;
  /** A tier the user chose, or undefined for the most certain tier that has samples. */
  tier: CorrelationTier | undefined;
  /**
   * The sample type whose hits choose the tier and, for `nearest`, the scope; undefined for the
   * span's on-CPU type (or its most sampled one).
   */
  sampleType: string | undefined;
  /** Cuts the sources to a slice of the selected span; scope and tier are the whole span's. */
  slice?: SpanSlice | undefined;
}

/** Hits of the asked sample type per tier, with each tier's sampling period and unit. */
export interface TierCounts {
  byTier: Record<CorrelationTier, number>;
  periodNs: Partial<Record<CorrelationTier, number>>;
  unit: Partial<Record<CorrelationTier, string>>;
}

/** The scope and tier chosen for a span, and the samples every tier would give it. */
export interface SpanSampleSelection {
  /** The selected span. */
  selected: TraceSpan;
  /** The scope covered (for `nearest`, the first that had samples, or the widest). */
  scope: ProfileScope;
  /** Narrower scopes a `nearest` request tried first and found without samples. */
  emptyScopes: ProfileScope[];
  /** The spans the scope covers. */
  spans: TraceSpan[];
  counts: TierCounts;
  /** The tier asked for, else the most certain one with samples; undefined when none has. */
  tier: CorrelationTier | undefined;
  /** Each tier's samples (every sample type) as a subquery, cut to the slice when one is asked. */
  sources: ReadonlyMap<CorrelationTier, SqlFragment>;
  /** The sample type asked for, else the default of the scope's samples; undefined without any. */
  sampleType: string | undefined;
  /** Hits per tier and sample type: every type the scope's samples hold. */
  types: TypeCount[];
}

/** Hits of one sample type in one tier's source. */
export interface TypeCount {
  tier: CorrelationTier;
  type: string;
  unit: string;
  periodNs: number;
  hits: number;
}

/**
 * Chooses the scope and tier of a span's samples, as every view of them does: scope `nearest`
 * tries each of profileScopes in turn and keeps the first whose tier has samples (or the widest).
 * Undefined when the span is not in the trace.
 */
export async function selectSpanSamples(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  request: SpanSamplesRequest,
): Promise<SpanSampleSelection | undefined> {
  const selected = trace.find((s) => s.spanId === request.spanId);
  if (!selected) return undefined;
  const scopes = request.scope === 'nearest' ? profileScopes : [request.scope];
  const empty: ProfileScope[] = [];
  let chosen: SpanSampleSelection | undefined;
  for (const scope of scopes) {
    chosen = await selectInScope(client, trace, selected, request, scope, [...empty]);
    if (chosen.tier && chosen.counts.byTier[chosen.tier] > 0) break;
    empty.push(scope);
  }
  if (!chosen) return undefined;
  const { slice } = request;
  if (!slice) return chosen;
  const start = BigInt(selected.startNs);
  const sliced = new Map(
    [...chosen.sources].map(([tier, source]) => [tier, samplesInSlice(source, start, slice)]),
  );
  return { ...chosen, sources: sliced };
}

async function selectInScope(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  selected: TraceSpan,
  request: SpanSamplesRequest,
  scope: ProfileScope,
  emptyScopes: ProfileScope[],
): Promise<SpanSampleSelection> {
  const spans = scopeSpans(trace, request.spanId, scope);
  const sources = new Map<CorrelationTier, SqlFragment>();
  for (const tier of correlationTiers) {
    const source = tierSamplesSource(tier, request.traceId, spans);
    if (source) sources.set(tier, source);
  }
  const types = await countTypes(client, sources);
  const sampleType = request.sampleType ?? defaultTypeOf(types);
  const counts = tierCountsOf(types, sampleType);
  const tier = request.tier ?? bestTier(counts.byTier);
  return { selected, scope, emptyScopes, spans, counts, tier, sources, sampleType, types };
}

/** Hits per tier and sample type, every type the sources hold. */
async function countTypes(
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

function kindOf(t: TypeCount): SampleKind {
  return sampleKindOf(t.type, t.unit, t.periodNs);
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

/** Every type a selection's samples hold, with its hits in the most certain tier that has it. */
export function offeredTypes(types: readonly TypeCount[]): SampleTypeOffer[] {
  const byType = new Map<string, TypeCount>();
  for (const tier of correlationTiers) {
    for (const t of types) if (t.tier === tier && !byType.has(t.type)) byType.set(t.type, t);
  }
  return [...byType.values()]
    .map((t) => ({ name: t.type, unit: t.unit, kind: kindOf(t), hits: t.hits, tier: t.tier }))
    .sort((a, b) => sampleKinds.indexOf(a.kind) - sampleKinds.indexOf(b.kind) || b.hits - a.hits);
}
