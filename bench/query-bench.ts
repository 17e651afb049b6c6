/**
 * Query benchmark: fills a fresh embedded store inside the engine (1M spans, 10M sample hits,
 * spans planted with exactly 10, 1,000 and 100,000 linked samples, and an operation of 1,200
 * spans with ~1.2M), then times the API functions the routes call (span profile, span search,
 * trace view, operation profile, span diff) in this process, one call at a time.
 * Prints readable lines, then one JSON line last. `npm run bench:query`.
 */
import type { ClickHouseClient } from '@clickhouse/client';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '@/lib/clickhouse/apply-schema';
import { createStoreClient } from '@/lib/clickhouse/create-store-client';
import { activeParts, countRows, fillQueryStore, type FillResult } from './fill-query-store';
import { busyCores, readMachineCpu, sampleMachineLoad } from './machine-cpu';
import { busiestOperation, cohortBenchCases, type Operation } from './cohort-bench-cases';
import { timeCohortSubQueries } from './cohort-breakdown';
import { queryBenchCases } from './query-bench-cases';
import { timeSubQueries } from './query-breakdown';
import { makeBenchPlan } from './query-data-plan';
import { describeVerdicts, goalVerdicts, queryGoals } from './query-report';
import { nowNs } from './seeded-random';
import { describeTiming, timeCalls, type CallTiming } from './time-calls';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const config = {
  spans: env('BENCH_SPANS', 1_000_000),
  sampleHits: env('BENCH_SAMPLE_HITS', 10_000_000),
  plantedSizes: [10, 1_000, 100_000],
  timing: {
    warmup: 3,
    reps: env('BENCH_REPS', 30),
    minReps: 3,
    budgetMs: env('BENCH_CASE_SECONDS', 30) * 1000,
  },
  optimize: process.env.BENCH_OPTIMIZE === '1',
  /** Case keys to run (comma-separated), every case when unset. */
  cases: process.env.BENCH_CASES?.split(',')
    .map((k) => k.trim())
    .filter((k) => k !== ''),
};
const selected = (key: string): boolean => !config.cases || config.cases.includes(key);
const tables = ['otel_traces', 'profile_samples', 'profile_samples_by_span', 'profile_stacks'];

const log = (line: string): void => {
  console.log(line);
};

async function fill(client: ClickHouseClient): Promise<FillResult> {
  log(`filling: ≥ ${config.spans} spans, ≥ ${config.sampleHits} sample hits (INSERT … SELECT)`);
  const plan = makeBenchPlan(20260101);
  return fillQueryStore(
    client,
    plan,
    {
      spans: config.spans,
      sampleHits: config.sampleHits,
      busy: 0.9,
      plantedSizes: config.plantedSizes,
      plantedCopies: 3,
      windowHits: 800,
      cohort: { spans: 1200, hits: 1_200_000 },
      optimize: config.optimize,
    },
    nowNs(),
    log,
  );
}

/** Generated traces for the trace view, spread over the hour (not the planted ones). */
async function someTraceIds(client: ClickHouseClient): Promise<string[]> {
  const rs = await client.query({
    query: `SELECT TraceId FROM otel_traces_trace_id_ts ORDER BY cityHash64(TraceId) LIMIT 20`,
    format: 'JSONEachRow',
  });
  return (await rs.json<{ TraceId: string }>()).map((r) => r.TraceId);
}

async function measure(
  client: ClickHouseClient,
  filled: FillResult,
  busiest: Operation,
): Promise<{ timings: Record<string, CallTiming>; problems: string[] }> {
  const cases = [
    ...queryBenchCases(client, filled.planted, config.plantedSizes, await someTraceIds(client)),
    ...cohortBenchCases(client, filled.planted, filled.layout, busiest),
  ].filter((c) => selected(c.key));
  const timings: Record<string, CallTiming> = {};
  const problems: string[] = [];
  for (const c of cases) {
    const checked = async (i: number): Promise<void> => {
      const problem = c.check(await c.call(i));
      if (problem && problems.length < 20) problems.push(`${c.key}: ${problem}`);
    };
    const t = await timeCalls(checked, config.timing);
    timings[c.key] = t;
    log(describeTiming(c.label, t));
  }
  return { timings, problems };
}

/** Row counts and active parts of the filled store, printed and returned for the JSON line. */
async function describeStore(
  client: ClickHouseClient,
  filled: FillResult,
): Promise<{ rows: Record<string, number>; parts: Record<string, number> }> {
  const rows: Record<string, number> = {};
  for (const t of tables) rows[t] = await countRows(client, t);
  const parts = await activeParts(client);
  const list = (r: Record<string, number>): string =>
    Object.entries(r)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
  log(`filled in ${filled.seconds.toFixed(1)} s: ${list(rows)}`);
  log(`active parts: ${list(parts)}`);
  return { rows, parts };
}

/** The timed cases and their sub-queries, with the machine's load over that time. */
async function measureAll(client: ClickHouseClient, filled: FillResult) {
  const cpu0 = readMachineCpu();
  const own0 = process.cpuUsage();
  const w0 = performance.now();
  const busiest = await busiestOperation(client);
  const { timings, problems } = await measure(client, filled, busiest);
  log('sub-queries timed one by one:');
  const subQueries = {
    ...(await timeSubQueries(client, filled.planted, config.plantedSizes, selected, log)),
    ...(await timeCohortSubQueries(client, filled.planted, filled.layout, busiest, selected, log)),
  };
  const own = process.cpuUsage(own0);
  const ownCores = (own.user + own.system) / 1e6 / ((performance.now() - w0) / 1000);
  const busy = busyCores(cpu0, readMachineCpu());
  for (const p of problems) log(`CHECK FAILED ${p}`);
  log(
    `machine during queries: ${busy.toFixed(2)} of ${os.cpus().length} cores busy, this process ${ownCores.toFixed(2)}`,
  );
  return { timings, problems, subQueries, busy, ownCores };
}

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

async function run(dataDir: string, idleLoad: number): Promise<void> {
  const client = await createStoreClient({ mode: 'embedded', dataDir, ttlDays: 7 });
  try {
    await applySchema(client, 7);
    const filled = await fill(client);
    const { rows, parts } = await describeStore(client, filled);
    const m = await measureAll(client, filled);
    const verdicts = goalVerdicts(m.timings);
    describeVerdicts(verdicts).forEach(log);
    console.log(
      JSON.stringify({
        rows,
        linkedSampleShare: round(
          (rows.profile_samples_by_span ?? 0) / Math.max(1, rows.profile_samples ?? 0),
          3,
        ),
        fillSeconds: round(filled.seconds, 1),
        fillSteps: filled.steps.map((s) => ({ ...s, seconds: round(s.seconds, 1) })),
        optimized: config.optimize,
        activeParts: parts,
        latencyMs: m.timings,
        breakdownMs: m.subQueries,
        goals: queryGoals,
        verdicts,
        checksPassed: m.problems.length === 0,
        problems: m.problems,
        cores: os.cpus().length,
        loadavg: os.loadavg().map((l) => round(l, 2)),
        machineBusyCoresBeforeStart: round(idleLoad, 2),
        machineBusyCoresDuringQueries: round(m.busy, 2),
        benchProcessCoresDuringQueries: round(m.ownCores, 2),
      }),
    );
  } finally {
    await client.close();
  }
}

async function main(): Promise<void> {
  const idleLoad = await sampleMachineLoad(2000);
  log(
    `machine: ${os.cpus().length} cores, ${idleLoad.toFixed(2)} busy over 2 s before the bench, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; node ${process.version}`,
  );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'traceprof-query-bench-'));
  const keep = process.env.BENCH_KEEP_DATA === '1';
  log(`data dir ${dataDir}${keep ? ' (kept afterwards: BENCH_KEEP_DATA=1)' : ''}`);
  try {
    await run(dataDir, idleLoad);
  } finally {
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  // Engine errors quote the whole query, parameters included: the first lines say enough.
  console.error('bench failed:', String(e instanceof Error ? e.message : e).slice(0, 2000));
  process.exit(1);
});
