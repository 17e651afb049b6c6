/**
 * Ingest benchmark: a real traceprof server as a child process, loaded over loopback OTLP/gRPC
 * (gzip, several calls in flight) with pre-encoded traces and then eBPF-shaped profiles; the store
 * is measured after the server has stopped. Prints readable lines, then one JSON line last.
 * `npm run bench:ingest`; BENCH_CPU_PROF_DIR=dir writes the server's V8 CPU profile there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  describeGoals,
  describeStore,
  goalRatios,
  goals,
  perSecond,
  summarize,
} from './bench-report';
import { spanIdTemplates, type SpanIdTemplate } from './distinct-trace-requests';
import { generateProfileRequests } from './generate-profile-requests';
import { generateTraceRequests } from './generate-trace-requests';
import { sampleMachineLoad } from './machine-cpu';
import { measureStore } from './measure-store';
import {
  describeOverload,
  describeOverloadStore,
  overloadJson,
  summarizeOverload,
} from './overload-report';
import { storedSpansByRequest } from './overload-stored-spans';
import { describeOverloadTimeline } from './overload-timeline';
import { makeFramePool } from './profile-frame-pool';
import { runPhases, type PhaseRun } from './run-bench-phases';
import type { LoadPayload } from './run-grpc-load';
import { nowNs } from './seeded-random';
import { startConsoleLoad } from './console-load';
import { runOverload, type OverloadRun } from './run-overload';
import { startServerChild, type ServerChild } from './server-child';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const config = {
  /** Distinct trace requests, cycled; every one sent gets span ids of its own (distinct-trace-requests.ts). */
  tracePool: 50,
  spansPerRequest: 500,
  /** Distinct profile requests, never cycled (repeated rows would flatter bytes per hit). */
  profileRequests: Number(process.env.BENCH_PROFILE_REQUESTS ?? 200),
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 6),
  phaseMs: Number(process.env.BENCH_PHASE_SECONDS ?? 20) * 1000,
  /** Requests per signal sent one at a time before timing, so JIT and first inserts are not timed. */
  warmup: 3,
  overload: {
    enabled: process.env.BENCH_OVERLOAD !== '0',
    seconds: Number(process.env.BENCH_OVERLOAD_SECONDS ?? 60),
    /** What OTLP exporters wait for an answer by default. */
    clientTimeoutMs: Number(process.env.BENCH_CLIENT_TIMEOUT_MS ?? 10_000),
    /** Offered load as a multiple of the capacity the traces phase measured. */
    factor: Number(process.env.BENCH_OVERLOAD_FACTOR ?? 2),
    httpEvery: 4,
    grpcConnections: 8,
  },
};

const log = (line: string): void => {
  console.log(line);
};
const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Encodes every payload before the server starts, so timing covers the server only. */
function preparePayloads(): {
  traces: LoadPayload[];
  traceTemplates: SpanIdTemplate[];
  profiles: LoadPayload[];
} {
  const t0 = performance.now();
  const now = nowNs();
  const traceRequests = generateTraceRequests(config.tracePool, config.spansPerRequest, now);
  const pool = makeFramePool();
  const profileRequests = generateProfileRequests(config.profileRequests, pool, now);
  const kib = (xs: { body: Buffer }[]): string =>
    (avg(xs.map((x) => x.body.length)) / 1024).toFixed(0);
  log(
    `payloads encoded in ${((performance.now() - t0) / 1000).toFixed(1)} s: ` +
      `${traceRequests.length} trace requests (avg ${avg(traceRequests.map((t) => t.spans)).toFixed(0)} spans, ${kib(traceRequests)} KiB), ` +
      `${profileRequests.length} profile requests (avg ${avg(profileRequests.map((p) => p.sampleHits)).toFixed(0)} hits in ` +
      `${avg(profileRequests.map((p) => p.samples)).toFixed(0)} samples, ${kib(profileRequests)} KiB; ${pool.locationCount} locations in the pool)`,
  );
  return {
    traces: traceRequests.map((r) => ({ body: r.body, items: r.spans })),
    traceTemplates: spanIdTemplates(traceRequests.map((r) => r.body)),
    profiles: profileRequests.map((r) => ({ body: r.body, items: r.sampleHits })),
  };
}

/** Open-loop trace requests at BENCH_OVERLOAD_FACTOR (2) × the capacity the traces phase measured (BENCH_OVERLOAD=0 skips). */
async function overloadPhase(
  run: PhaseRun,
  server: ServerChild,
  templates: readonly SpanIdTemplate[],
  only: string | undefined,
): Promise<OverloadRun | undefined> {
  if (!config.overload.enabled || only === 'profiles') return undefined;
  const capacity = perSecond(run.traces);
  if (capacity <= 0) {
    log('overload: not run, the traces phase acknowledged no spans');
    return undefined;
  }
  const overload = await runOverload(config.overload, server, templates, capacity);
  describeOverload(overload, summarizeOverload(overload)).forEach(log);
  describeOverloadTimeline(overload).forEach(log);
  return overload;
}

function requireWebPort(port: number | undefined): number {
  if (port === undefined)
    throw new Error('BENCH_CONSOLE_LOAD=1 needs BENCH_SERVER_ROLES=ingest,web');
  return port;
}

async function main(): Promise<void> {
  const idleLoad = await sampleMachineLoad(2000);
  log(
    `machine busy ${idleLoad.toFixed(2)} cores over 2 s before the bench started (other work skews the rates)`,
  );
  log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ` + `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}`,
  );
  const payloads = preparePayloads();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'traceprof-bench-'));
  const cpuProfDir = process.env.BENCH_CPU_PROF_DIR;
  const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(cpuProfDir)}`] : [];
  // BENCH_SERVER_SCRIPT runs a variant of server.ts (e.g. other writer settings) for an A/B run.
  const script = process.env.BENCH_SERVER_SCRIPT ?? 'server.ts';
  const server = await startServerChild(repoRoot, dataDir, script, nodeArgs, (l) => {
    log(`  [server] ${l}`);
  });
  log(
    `server ${script} pid ${server.pid} on gRPC port ${server.grpcPort}, data dir ${dataDir}${cpuProfDir ? `, CPU profile to ${cpuProfDir}` : ''}`,
  );
  const only = process.env.BENCH_ONLY;
  const consoleLoad =
    process.env.BENCH_CONSOLE_LOAD === '1'
      ? startConsoleLoad(requireWebPort(server.webPort))
      : undefined;
  if (consoleLoad) log('a SQL console user runs heavy queries back to back during the phases');
  const run = await runPhases(
    { ...config, only: only === 'traces' || only === 'profiles' ? only : undefined },
    log,
    server,
    payloads,
  );
  if (consoleLoad) {
    const { queries, meanMs } = await consoleLoad.stop();
    log(
      `console: ${queries} heavy queries answered, ${(meanMs / 1000).toFixed(1)} s each on average`,
    );
  }
  const peakRssKiB = server.peakRssKiB();
  const overload = await overloadPhase(run, server, payloads.traceTemplates, only);
  const stopT0 = performance.now();
  const exitCode = await server.stop();
  log(
    `server stopped (SIGTERM, exit code ${exitCode}) after ${((performance.now() - stopT0) / 1000).toFixed(1)} s of draining; ` +
      `RSS ${(server.startRssKiB / 1024).toFixed(0)} MiB idle at start, peak ${(run.rssAfterTracesKiB / 1024).toFixed(0)} MiB after traces, ${(peakRssKiB / 1024).toFixed(0)} MiB after the timed phases` +
      (overload ? `, ${(server.peakRssKiB() / 1024).toFixed(0)} MiB at the end` : ''),
  );

  await reportResults(run, overload, dataDir, peakRssKiB, exitCode, idleLoad);
}

/** Measures the stopped server's store, checks it against what was acknowledged, prints the results. */
async function reportResults(
  run: PhaseRun,
  overload: OverloadRun | undefined,
  dataDir: string,
  peakRssKiB: number,
  exitCode: number | null,
  idleLoad: number,
): Promise<void> {
  const overloadStored = new Map<number, number>();
  const store = await measureStore(dataDir, async (client) => {
    if (!overload) return;
    for (const [index, spans] of await storedSpansByRequest(client))
      overloadStored.set(index, spans);
  });
  describeStore(store).forEach(log);
  const ackedSpans = (run.warm[0]?.ackedItems ?? 0) + run.traces.load.ackedItems;
  const ackedHits = (run.warm[1]?.ackedItems ?? 0) + run.profiles.load.ackedItems;
  // Overload spans are told apart by their ids and checked request by request below.
  const overloadSpans = [...overloadStored.values()].reduce((a, b) => a + b, 0);
  const phaseSpans = (store.rows.otel_traces ?? 0) - overloadSpans;
  log(
    `check: acknowledged spans ${ackedSpans} vs stored ${phaseSpans}` +
      (overload ? ` (and ${overloadSpans} of the overload phase)` : '') +
      `; acknowledged hits ${ackedHits} vs stored ${store.rows.profile_samples}`,
  );
  const overloadSummary = overload ? summarizeOverload(overload, overloadStored) : undefined;
  if (overloadSummary) describeOverloadStore(overloadSummary).forEach(log);
  if (process.env.BENCH_KEEP_DATA !== '1') rmSync(dataDir, { recursive: true, force: true });

  const summary = summarize(run.traces, run.profiles, peakRssKiB, store);
  describeGoals(summary).forEach(log);
  const rejected = [run.traces, run.profiles].reduce(
    (n, p) => n + [...p.load.rejections.values()].reduce((a, b) => a + b, 0),
    0,
  );
  const errors = [run.traces, run.profiles].reduce(
    (n, p) => n + [...p.load.errors.values()].reduce((a, b) => a + b, 0),
    0,
  );
  console.log(
    JSON.stringify({
      ...summary,
      goals,
      ratios: goalRatios(summary),
      bytesMeasuredAfter: 'OPTIMIZE TABLE FINAL',
      errors,
      rejected,
      serverExitCode: exitCode,
      storedMatchesAcknowledged:
        ackedSpans === phaseSpans && ackedHits === store.rows.profile_samples,
      cores: os.cpus().length,
      machineBusyCoresBeforeStart: Number(idleLoad.toFixed(2)),
      loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
      concurrency: config.concurrency,
      overload: overload && overloadSummary ? overloadJson(overload, overloadSummary) : null,
    }),
  );
}

main().catch((e: unknown) => {
  console.error('bench failed:', e);
  process.exit(1);
});
