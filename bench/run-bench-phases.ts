import type * as grpc from '@grpc/grpc-js';
import { describePhase, type PhaseReport } from './bench-report';
import { distinctRequestBody, type SpanIdTemplate } from './distinct-trace-requests';
import { busyCores, readMachineCpu } from './machine-cpu';
import { createRawClient, runGrpcLoad, type LoadPayload, type LoadResult } from './run-grpc-load';
import type { ServerChild } from './server-child';
import { profilesRefused, traceRefused, type Refused } from '@/test/support/otlp-answer';

/** How the timed phases run. */
export interface PhaseConfig {
  /** Calls in flight at once during a timed phase. */
  concurrency: number;
  /** Longest a timed phase may start new calls, ms. */
  phaseMs: number;
  /** Requests per signal sent one at a time before timing, so JIT and first inserts are not timed. */
  warmup: number;
  /** Run only one signal's phase (BENCH_ONLY), or both. */
  only: 'traces' | 'profiles' | undefined;
}

/** gRPC method paths of the two Export calls. */
export const paths = {
  traces: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  profiles: '/opentelemetry.proto.collector.profiles.v1development.ProfilesService/Export',
};

/** Reads partial_success from an encoded Export response, through the generated types. */
export const readRejected = {
  traces: (response: Buffer) => toRejected(traceRefused(response)),
  profiles: (response: Buffer) => toRejected(profilesRefused(response)),
};

function toRejected(r: Refused): { rejected: number; message: string } {
  return { rejected: r.rejected, message: r.errorMessage };
}

async function timedPhase(
  name: PhaseReport['name'],
  server: ServerChild,
  run: () => Promise<LoadResult>,
): Promise<PhaseReport> {
  const cpu0 = server.cpuSeconds();
  const threads0 = server.threadCpuSeconds();
  const machine0 = readMachineCpu();
  const bench0 = process.cpuUsage();
  const load = await run();
  const bench = process.cpuUsage(bench0);
  const serverThreadCpuSeconds = new Map(
    [...server.threadCpuSeconds()].map(([name, s]) => [name, s - (threads0.get(name) ?? 0)]),
  );
  return {
    name,
    load,
    serverCpuSeconds: server.cpuSeconds() - cpu0,
    benchCpuSeconds: (bench.user + bench.system) / 1e6,
    serverThreadCpuSeconds,
    machineBusyCores: busyCores(machine0, readMachineCpu()),
  };
}

function loadOf(
  config: PhaseConfig,
  client: grpc.Client,
  signal: 'traces' | 'profiles',
  payloads: LoadPayload[],
  concurrency: number,
  maxRequests: number,
  bodyOf?: (payload: LoadPayload, index: number) => Buffer,
): Promise<LoadResult> {
  const traces = signal === 'traces';
  return runGrpcLoad({
    client,
    path: paths[signal],
    payloads,
    bodyOf,
    concurrency,
    maxRequests,
    maxMs: concurrency === 1 ? 120_000 : config.phaseMs,
    readRejected: traces ? readRejected.traces : readRejected.profiles,
    rejectedUnit: traces ? 'items' : 'parts',
  });
}

/** The warm-up and both timed phases. */
export interface PhaseRun {
  warm: LoadResult[];
  traces: PhaseReport;
  profiles: PhaseReport;
  /** VmHWM after the traces phase and at the end, KiB. */
  rssAfterTracesKiB: number;
}

/** Warm-up, then the traces phase, then the profiles phase; BENCH_ONLY=traces|profiles skips one. */
export async function runPhases(
  config: PhaseConfig,
  log: (line: string) => void,
  server: ServerChild,
  payloads: {
    traces: LoadPayload[];
    /** The trace payloads' span id templates, in the same order. */
    traceTemplates: readonly SpanIdTemplate[];
    profiles: LoadPayload[];
  },
): Promise<PhaseRun> {
  const only = config.only;
  // Each timed trace request gets span ids of its own: a request the server has stored already
  // may cost it next to nothing, which would flatter the rate.
  const templates = payloads.traceTemplates;
  const distinctTrace = (_: LoadPayload, index: number): Buffer => {
    const template = templates[index % templates.length];
    if (!template) throw new Error('no trace templates');
    return distinctRequestBody(template, 'traces', index);
  };
  const client = createRawClient(server.grpcPort);
  const warm = [
    await loadOf(
      config,
      client,
      'traces',
      payloads.traces,
      1,
      only === 'profiles' ? 0 : config.warmup,
    ),
    await loadOf(
      config,
      client,
      'profiles',
      payloads.profiles,
      1,
      only === 'traces' ? 0 : config.warmup,
    ),
  ];
  log(
    `warm-up: up to ${config.warmup} requests per signal, one at a time: ${warm.map((w) => `${w.okRequests} OK`).join(' / ')}`,
  );
  const traces = await timedPhase('traces', server, () =>
    loadOf(
      config,
      client,
      'traces',
      payloads.traces,
      config.concurrency,
      only === 'profiles' ? 0 : Number.MAX_SAFE_INTEGER,
      distinctTrace,
    ),
  );
  describePhase(traces, 'spans').forEach(log);
  const rssAfterTracesKiB = server.peakRssKiB();
  const rest = payloads.profiles.slice(config.warmup);
  const profiles = await timedPhase('profiles', server, () =>
    loadOf(
      config,
      client,
      'profiles',
      rest,
      config.concurrency,
      only === 'traces' ? 0 : rest.length,
    ),
  );
  describePhase(profiles, 'sample hits').forEach(log);
  if (profiles.load.requests === rest.length) {
    log(`  (used all ${rest.length} distinct profile requests before ${config.phaseMs / 1000} s)`);
  }
  client.close();
  return { warm, traces, profiles, rssAfterTracesKiB };
}
