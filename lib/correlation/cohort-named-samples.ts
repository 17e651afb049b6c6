import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql, sqlFragment } from '../clickhouse/sql';
import type { TraceSpan } from '../contract/span-models';
import type { NamedHits } from './count-samples-per-span';
import {
  namedTierFilter,
  namedTierOf,
  namedTierTraces,
  traceOfNamedSpan,
  type NamedTier,
} from './correlation-rules';
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
  const traceOfId = new Map(spans.map((s) => [s.spanId, s.traceId]));
  // Without namedTierFilter's test of each row's trace (a hash lookup per row, most of the
  // read's cost) the read is the same when every (trace, span, source) group it finds is one the
  // filter takes: each span id names one span, and no row names it under another trace.
  const taken = (r: Row) => {
    const tier = namedTierOf(r.source);
    const trace = traceOfId.get(r.spanId);
    return (
      tier !== undefined && trace !== undefined && namedTierTraces(tier, trace).includes(r.traceId)
    );
  };
  let rows = await readNamed(client, cohorts, sampleType, false);
  if (traceOfId.size < spans.length || rows.some((r) => r.spanId !== '' && !taken(r))) {
    rows = await readNamed(client, cohorts, sampleType, true);
  }
  const perSpan = new Map<string, number>();
  const weights = cohorts.map((): Record<NamedTier, StackWeight[]> => ({ exact: [], label: [] }));
  for (const r of rows) {
    const tier = namedTierOf(r.source);
    if (!tier) continue;
    // Rows of the per-stack set have no span: every span row has one (SpanId IN ids).
    if (r.spanId === '') {
      const w = { stackId: r.stackId, value: BigInt(r.value), hits: BigInt(r.hits) };
      weights[r.cohort]?.[tier].push(w);
    } else perSpan.set(`${r.traceId}/${r.spanId}/${tier}`, Number(r.hits));
  }
  const count = (traceId: string, spanId: string, tier: NamedTier) =>
    namedTierTraces(tier, traceId).reduce(
      (n, t) => n + (perSpan.get(`${t}/${spanId}/${tier}`) ?? 0),
      0,
    );
  const hits = new Map<string, NamedHits>();
  for (const s of spans) {
    const exact = count(s.traceId, s.spanId, 'exact');
    const label = count(s.traceId, s.spanId, 'label');
    if (exact + label > 0) hits.set(s.spanId, { exact, label });
  }
  return { hits, weights };
}

/** The grouped read; `exact`: with namedTierFilter's test of each row's trace. */
async function readNamed(
  client: ClickHouseClient,
  cohorts: readonly (readonly TraceSpan[])[],
  sampleType: string | undefined,
  exact: boolean,
): Promise<Row[]> {
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
  const cohort =
    cohorts.length > 1
      ? sqlFragment`transform(SpanId, ${ids}, ${cohortOf}, toUInt32(0))`
      : sqlFragment`toUInt32(0)`;
  const traceOf = traceOfNamedSpan(spans);
  const named = exact
    ? sqlFragment`(${namedTierFilter('exact', traceOf)} OR ${namedTierFilter('label', traceOf)})`
    : sqlFragment`SpanSource IN ('link', 'label')`;
  const rs = await client.query({
    ...sql`SELECT ${cohort} AS cohort, TraceId AS traceId, SpanId AS spanId, SpanSource AS source,
        toString(StackId) AS stackId, toString(sum(Value)) AS value, toString(count()) AS hits
      FROM profile_samples_by_span
      WHERE SpanId IN ${ids} AND TraceId IN arrayConcat(${traces}, [''])
        AND ${named} AND ${sampleTypeFilter(sampleType)}
      GROUP BY GROUPING SETS ((TraceId, SpanId, SpanSource), (cohort, SpanSource, StackId))`,
    format: 'JSONEachRow',
  });
  return rs.json<Row>();
}
