import type { ClickHouseClient } from '@clickhouse/client';
import { sqlFragment, type SqlFragment, type SqlQuery } from '@/lib/clickhouse/sql';
import {
  backgroundSamplesSource,
  countSamplesQuery,
  plantedSamplesSource,
  samplesInsert,
  spanSamplesSource,
} from './fill-query-samples';
import { stackPoolInsert } from './fill-query-stacks';
import { generatedSpansInsert, type TraceLayout } from './fill-query-spans';
import { tracesForSpans, type BenchPlan } from './query-data-plan';
import { planPlantedCohort, type CohortTargets } from './planted-cohort';
import { planPlantedSpans, plantedSpansInsert, type PlantedSpan } from './planted-spans';

/** How much to generate. */
export interface FillTargets {
  /** At least this many spans in otel_traces (generated traces plus planted ones). */
  spans: number;
  /** At least this many sample hits in profile_samples. */
  sampleHits: number;
  /** Share of 20 Hz ticks inside a span at which its thread is on CPU. */
  busy: number;
  /** Linked hits of the planted spans, several spans per size. */
  plantedSizes: readonly number[];
  plantedCopies: number;
  /** Unnamed hits of each planted window-tier span (over all its process's threads). */
  windowHits: number;
  /** The planted operation of the cohort cases (planted-cohort.ts). */
  cohort: CohortTargets;
  /** OPTIMIZE … FINAL after filling (the inserts already leave about one part per table). */
  optimize: boolean;
}

export interface FillResult {
  planted: PlantedSpan[];
  layout: TraceLayout;
  /** Seconds per step, in order. */
  steps: { step: string; seconds: number }[];
  seconds: number;
}

const minute = 60_000_000_000n;

/**
 * Engine settings for the big INSERT … SELECTs: squash each into one block, so every table gets
 * one part per partition and no merges run while the queries are timed (merging 10M profile
 * hits takes minutes on a small machine).
 */
const oneBlock = {
  max_insert_block_size: '100000000',
  min_insert_block_size_rows: '100000000',
  min_insert_block_size_bytes: '100000000000',
};

/**
 * Fills an empty store inside the engine (INSERT … SELECT FROM numbers): the stack pool, the
 * generated and planted traces, then in one insert the hits inside generated spans, the planted
 * spans' hits and unnamed background hits up to the target. All in the hour before `nowNs`.
 */
export async function fillQueryStore(
  client: ClickHouseClient,
  plan: BenchPlan,
  targets: FillTargets,
  nowNs: bigint,
  log: (line: string) => void,
): Promise<FillResult> {
  const t0 = performance.now();
  const steps: FillResult['steps'] = [];
  const run = async (step: string, queries: SqlQuery[]): Promise<void> => {
    const s0 = performance.now();
    for (const q of queries) await client.command({ ...q, clickhouse_settings: oneBlock });
    const seconds = (performance.now() - s0) / 1000;
    steps.push({ step, seconds });
    log(`  fill: ${step} in ${seconds.toFixed(1)} s`);
  };
  const layout: TraceLayout = {
    traces: 0,
    windowStartNs: nowNs - 56n * minute,
    windowEndNs: nowNs - 2n * minute,
    rootMedianMs: 60,
    rootSigma: 1.3,
  };
  // The single planted spans take 24 minutes from minute 5; the planted operation 17 from 30.
  const planted = [
    ...planPlantedSpans(
      plan,
      targets.plantedSizes,
      targets.windowHits,
      targets.plantedCopies,
      layout.windowStartNs + 5n * minute,
    ),
    ...planPlantedCohort(plan, targets.cohort, layout.windowStartNs + 30n * minute),
  ];
  layout.traces = tracesForSpans(plan, targets.spans - planted.length * 3);
  await run('profile_stacks pool', [stackPoolInsert()]);
  await run(`otel_traces: ${layout.traces} traces and ${planted.length} planted ones`, [
    generatedSpansInsert(plan, layout),
    plantedSpansInsert(plan, planted),
  ]);
  const sources = await sampleSources(client, plan, targets, layout, planted);
  await run(`profile_samples: ${sources.description}`, [samplesInsert(plan, sources.union)]);
  if (targets.optimize) {
    await run(
      'OPTIMIZE TABLE … FINAL',
      optimized.map((t) => ({ query: `OPTIMIZE TABLE ${t} FINAL`, query_params: {} })),
    );
  }
  return { planted, layout, steps, seconds: (performance.now() - t0) / 1000 };
}

const optimized = [
  'otel_traces',
  'otel_traces_trace_id_ts',
  'profile_samples',
  'profile_samples_by_span',
];

/** The hits to insert, as one UNION ALL: inside generated spans, planted, background. */
async function sampleSources(
  client: ClickHouseClient,
  plan: BenchPlan,
  targets: FillTargets,
  layout: TraceLayout,
  planted: readonly PlantedSpan[],
): Promise<{ union: SqlFragment; description: string }> {
  const inSpans = spanSamplesSource(plan, targets.busy);
  const rs = await client.query({ ...countSamplesQuery(plan, inSpans), format: 'JSONEachRow' });
  const [row] = await rs.json<{ n: string }>();
  const inSpansHits = Number(row?.n ?? 0);
  const plantedHits = planted.reduce((n, p) => n + p.hits.hits, 0);
  const background = Math.max(0, targets.sampleHits - inSpansHits - plantedHits);
  const { windowStartNs, windowEndNs } = layout;
  const union = [
    inSpans,
    plantedSamplesSource(planted.map((p) => p.hits)),
    backgroundSamplesSource(plan, background, windowStartNs, windowEndNs),
  ].reduce((a, b) => sqlFragment`${a} UNION ALL ${b}`);
  return {
    union,
    description: `${inSpansHits} hits in generated spans, ${plantedHits} planted, ${background} background`,
  };
}

/** Row count of one of our own tables (the name is a constant of this file's callers). */
export async function countRows(client: ClickHouseClient, table: string): Promise<number> {
  const rs = await client.query({
    query: `SELECT toString(count()) AS n FROM ${table}`,
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<{ n: string }>();
  return Number(row?.n ?? 0);
}

/** Active parts per table: what each read has to open (the fill aims at one per partition). */
export async function activeParts(client: ClickHouseClient): Promise<Record<string, number>> {
  const rs = await client.query({
    query: `SELECT table, toString(count()) AS n FROM system.parts
            WHERE active AND database = currentDatabase() AND table != 'schema_migrations'
            GROUP BY table ORDER BY table`,
    format: 'JSONEachRow',
  });
  return Object.fromEntries(
    (await rs.json<{ table: string; n: string }>()).map((r) => [r.table, Number(r.n)]),
  );
}
