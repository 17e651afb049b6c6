import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import type { NamedHits } from './count-samples-per-span';
import { namedTierFilter, traceOfNamedSpan, type NamedTier } from './correlation-rules';
import { sampleTypeFilter } from './sample-kinds';
import type { StackWeight } from './weighted-stacks';

/** A cohort's named samples: each span's hits per named tier, and each tier's weight per stack. */
export interface CohortNamedSamples {
  /** By span id, as countSamplesPerSpan counts them. */
  hits: Map<string, NamedHits>;
  /**
   * Per tier, the weights of every row of that tier of any of the spans: the tier's part of the
   * cohort profile when every span with such rows has that tier as its best one.
   */
  weights: Record<NamedTier, StackWeight[]>;
}

interface Row {
  traceId: string;
  spanId: string;
  source: string;
  stackId: string;
  value: string;
  hits: string;
}

/**
 * The samples that name a cohort's spans (link, label) in one read of profile_samples_by_span,
 * grouped twice: per trace, span and source (each span's counts) and per source and stack (the
 * tiers' weights), so a cohort profile reads these rows once, not to count and again to merge.
 */
export async function queryCohortNamedSamples(
  client: ClickHouseClient,
  spans: readonly TraceSpan[],
  sampleType: string | undefined,
): Promise<CohortNamedSamples> {
  const traces = param('Array(String)', [...new Set(spans.map((s) => s.traceId))]);
  const ids = param(
    'Array(String)',
    spans.map((s) => s.spanId),
  );
  const traceOf = traceOfNamedSpan(spans);
  const rs = await client.query({
    ...sql`SELECT TraceId AS traceId, SpanId AS spanId, SpanSource AS source,
        toString(StackId) AS stackId, toString(sum(Value)) AS value, toString(count()) AS hits
      FROM profile_samples_by_span
      WHERE SpanId IN ${ids} AND TraceId IN arrayConcat(${traces}, [''])
        AND (${namedTierFilter('exact', traceOf)} OR ${namedTierFilter('label', traceOf)})
        AND ${sampleTypeFilter(sampleType)}
      GROUP BY GROUPING SETS ((TraceId, SpanId, SpanSource), (SpanSource, StackId))`,
    format: 'JSONEachRow',
  });
  const perSpan = new Map<string, number>();
  const weights: CohortNamedSamples['weights'] = { exact: [], label: [] };
  for (const r of await rs.json<Row>()) {
    const tier: NamedTier = r.source === 'link' ? 'exact' : 'label';
    // Rows of the per-stack set have no span: every span row has one (SpanId IN ids).
    if (r.spanId === '') {
      weights[tier].push({ stackId: r.stackId, value: BigInt(r.value), hits: BigInt(r.hits) });
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
