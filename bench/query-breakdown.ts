import type { ClickHouseClient } from '@clickhouse/client';
import { sql, type SqlQuery } from '@/lib/clickhouse/sql';
import { countSamplesPerSpan } from '@/lib/correlation/count-samples-per-span';
import { sampleTypeFilter } from '@/lib/correlation/sample-kinds';
import { correlationTiers, type CorrelationTier } from '@/lib/correlation/correlation-tier';
import { weightedStacksQuery } from '@/lib/correlation/weighted-stacks';
import { tierSamplesSource } from '@/lib/correlation/tier-samples-source';
import { queryTrace } from '@/lib/traces/query-trace';
import { spanSearchQuery } from '@/lib/traces/search-spans';
import type { TraceSpan } from '@/lib/contract/span-models';
import type { PlantedSpan } from './planted-spans';
import { searches } from './query-bench-cases';
import { timeCalls } from './time-calls';

/** Median ms of each sub-query of one API call, timed on its own. */
export type Breakdown = Record<string, number>;

// No warm-up: the API cases ran the same queries just before.
const options = { warmup: 0, reps: 5, minReps: 2, budgetMs: 5_000 };

async function median(run: () => Promise<unknown>): Promise<number> {
  return (await timeCalls(run, options)).p50Ms;
}

async function rows(client: ClickHouseClient, q: SqlQuery): Promise<unknown[]> {
  const rs = await client.query({ ...q, format: 'JSONEachRow' });
  return rs.json();
}

/**
 * The span profile's queries one by one: the trace read, each tier's count (the API runs them
 * as one UNION ALL, shown as `countTiers`), and the stacks query of `tier`.
 */
export async function spanProfileBreakdown(
  client: ClickHouseClient,
  span: PlantedSpan,
  tier: CorrelationTier,
): Promise<Breakdown> {
  const out: Breakdown = { queryTrace: await median(() => queryTrace(client, span.traceId)) };
  const trace = await queryTrace(client, span.traceId);
  const spans = trace.filter((s) => s.spanId === span.spanId);
  let all = 0;
  for (const t of correlationTiers) {
    const source = tierSamplesSource(t, span.traceId, spans);
    if (!source) continue;
    const q = sql`SELECT count() AS hits, max(Period) AS period, any(SampleUnit) AS unit
      FROM (${source}) WHERE ${sampleTypeFilter(undefined)}`;
    out[`count_${t}`] = await median(() => rows(client, q));
    all += out[`count_${t}`] ?? 0;
  }
  out.countTiersSum = Math.round(all * 10) / 10;
  const source = tierSamplesSource(tier, span.traceId, spans);
  if (source)
    out[`stacks_${tier}`] = await median(() =>
      rows(client, weightedStacksQuery(source, undefined)),
    );
  return out;
}

/** The span search's two steps: the spans query, then the per-span sample counts. */
export async function searchBreakdown(
  client: ClickHouseClient,
  service: string,
  minDurationMs: number,
): Promise<Breakdown> {
  const toMs = Date.now();
  const search = { fromMs: toMs - 3_600_000, toMs, service, minDurationMs, limit: 101 };
  const q = spanSearchQuery(search);
  const out: Breakdown = { spansQuery: await median(() => rows(client, q)) };
  const spans = (await rows(client, q)) as TraceSpan[];
  out.countSamplesPerSpan = await median(() => countSamplesPerSpan(client, spans, undefined));
  return out;
}

/**
 * Every breakdown whose case is selected: the span profiles of one planted span per group, then
 * both searches.
 */
export async function timeSubQueries(
  client: ClickHouseClient,
  planted: readonly PlantedSpan[],
  sizes: readonly number[],
  selected: (caseKey: string) => boolean,
  log: (line: string) => void,
): Promise<Record<string, Breakdown>> {
  const out: Record<string, Breakdown> = {};
  const groups = [
    ...sizes.map((n) => ({ group: `exact-${n}`, cases: [`spanProfile${n}`] })),
    { group: 'window', cases: ['spanProfileWindowAuto', 'spanProfileWindowProcess'] },
  ];
  for (const { group, cases } of groups) {
    const span = planted.find((p) => p.group === group);
    if (!span || !cases.some(selected)) continue;
    const tier = group === 'window' ? 'thread' : 'exact';
    out[`spanProfile ${group}`] = await spanProfileBreakdown(client, span, tier);
  }
  for (const s of searches) {
    if (selected(s.key)) out[s.key] = await searchBreakdown(client, s.service, s.minDurationMs);
  }
  for (const [k, b] of Object.entries(out)) {
    const parts = Object.entries(b).map(([q, ms]) => `${q} ${ms}`);
    log(`  ${k}: ${parts.join(', ')} (ms, median)`);
  }
  return out;
}
