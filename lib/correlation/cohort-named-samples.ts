import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import type { NamedHits } from './count-samples-per-span';
import { namedTierFilter, traceOfNamedSpan, type NamedTier } from './correlation-rules';
import { sampleTypeFilter } from './sample-kinds';
import type { StackWeight } from './weighted-stacks';

/** Cohorts' named samples: each span's hits per named tier, and each tier's weight per stack. */
export interface CohortNamedSamples {
  /** By span id, as countSamplesPerSpan counts them. */
  hits: Map<string, NamedHits>;
  /**
   * Per cohort (in the order given), per tier, the weights of every row of that tier of any of
   * its spans: the tier's part of the cohort's profile when every span with such rows has that
   * tier as its best one.
   */
  weights: Record<NamedTier, StackWeight[]>[];
}

interface Row {
  cohort: number;
  traceId: string;
  spanId: string;
  source: string;
  stackId: string;
  value: string;
  hits: string;
}

/**
 * The samples that name cohorts' spans (link, label) in one read of profile_samples_by_span,
 * grouped twice: per trace, span and source (each span's counts) and per cohort, source and stack
 * (the tiers' weights), so cohort profiles read these rows once, not to count and again to merge.
 * No span id may be in two cohorts (a row is a cohort's by its span id).
 */
export async function queryCohortNamedSamples(
  client: ClickHouseClient,
  cohorts: readonly (readonly TraceSpan[])[],
  sampleType: string | undefined,
): Promise<CohortNamedSamples> {
  const spans = cohorts.flat();
  const traces = param('Array(String)', [...new Set(spans.map((s) => s.traceId))]);
  const ids = param(
    'Array(String)',
    spans.map((s) => s.spanId),
  );
  const cohortOf = param(
    'Array(UInt32)',
    cohorts.flatMap((c, i) => c.map(() => i)),
  );
  const traceOf = traceOfNamedSpan(spans);
  const rs = await client.query({
    ...sql`SELECT transform(SpanId, ${ids}, ${cohortOf}, toUInt32(0)) AS cohort,
        TraceId AS traceId, SpanId AS spanId, SpanSource AS source,
        toString(StackId) AS stackId, toString(sum(Value)) AS value, toString(count()) AS hits
      FROM profile_samples_by_span
      WHERE SpanId IN ${ids} AND TraceId IN arrayConcat(${traces}, [''])
        AND (${namedTierFilter('exact', traceOf)} OR ${namedTierFilter('label', traceOf)})
        AND ${sampleTypeFilter(sampleType)}
      GROUP BY GROUPING SETS ((TraceId, SpanId, SpanSource), (cohort, SpanSource, StackId))`,
    format: 'JSONEachRow',
  });
  const perSpan = new Map<string, number>();
  const weights = cohorts.map((): Record<NamedTier, StackWeight[]> => ({ exact: [], label: [] }));
  for (const r of await rs.json<Row>()) {
    const tier: NamedTier = r.source === 'link' ? 'exact' : 'label';
    // Rows of the per-stack set have no span: every span row has one (SpanId IN ids).
    if (r.spanId === '') {
      const w = { stackId: r.stackId, value: BigInt(r.value), hits: BigInt(r.hits) };
      weights[r.cohort]?.[tier].push(w);
    } else perSpan.set(`${r.traceId}/${r.spanId}/${tier}`, Number(r.hits));
  }
  const count = (traceId: string, spanId: string, tier: NamedTier) =>
    perSpan.get(`${traceId}/${spanId}/${tier}`) ?? 0;
  const hits = new Map<string, NamedHits>();
  for (const s of spans) {
    // As namedTierFilter: a label may carry the span id alone (TraceId '').
    const exact = count(s.traceId, s.spanId, 'exact');
    const label = count(s.traceId, s.spanId, 'label') + count('', s.spanId, 'label');
    if (exact + label > 0) hits.set(s.spanId, { exact, label });
  }
  return { hits, weights };
}
