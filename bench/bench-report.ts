import type { StoreMeasurement } from './measure-store';
import type { LoadResult } from './run-grpc-load';
import { quantile } from './run-grpc-load';

/** The targets traceprof is built for, per server on one machine. */
export const goals = {
  spansPerSec: 50_000,
  sampleHitsPerSec: 500_000,
  /** profile_samples bytes on disk per hit, after merges. */
  bytesPerSampleHit: 8,
  peakRssMiB: 1024,
} as const;

/** One timed phase: the load result plus the server's CPU over the same interval. */
export interface PhaseReport {
  name: 'traces' | 'profiles';
  load: LoadResult;
  /** Server CPU seconds (all threads, engine included) during the phase. */
  serverCpuSeconds: number;
  /** This (bench) process's CPU seconds during the phase: encoding-free, but gzip and gRPC. */
  benchCpuSeconds: number;
  /** Server CPU seconds during the phase per thread name ('main' is the JS thread). */
  serverThreadCpuSeconds: Map<string, number>;
  /** Cores busy machine-wide over the phase; what the server and bench did not use is other work. */
  machineBusyCores: number;
}

/** Server CPU microseconds per acknowledged item: robust against a busy machine, unlike rates. */
export function cpuPerItemUs(p: PhaseReport): number {
  return p.load.ackedItems > 0 ? (p.serverCpuSeconds * 1e6) / p.load.ackedItems : 0;
}

/** Cores other processes on the machine used during the phase. */
export function otherCores(p: PhaseReport): number {
  const seconds = p.load.wallMs / 1000;
  if (seconds <= 0) return 0;
  return Math.max(0, p.machineBusyCores - (p.serverCpuSeconds + p.benchCpuSeconds) / seconds);
}

export function perSecond(p: PhaseReport): number {
  return p.load.wallMs > 0 ? (p.load.ackedItems * 1000) / p.load.wallMs : 0;
}

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

export function describePhase(p: PhaseReport, unit: string): string[] {
  const l = p.load;
  if (l.requests === 0) return [`${p.name}: not run`];
  const seconds = l.wallMs / 1000;
  const threads = [...p.serverThreadCpuSeconds.entries()]
    .filter(([, s]) => s / seconds >= 0.01)
    .sort((a, b) => b[1] - a[1])
    .map(([name, s]) => `${name} ${(s / seconds).toFixed(2)}`);
  const lines = [
    `${p.name}: ${l.okRequests}/${l.requests} requests OK in ${seconds.toFixed(1)} s, ${l.ackedItems} ${unit} acknowledged = ${Math.round(perSecond(p))} ${unit}/s`,
    `  latency ms: p50 ${quantile(l.latenciesMs, 0.5).toFixed(0)}, p90 ${quantile(l.latenciesMs, 0.9).toFixed(0)}, p99 ${quantile(l.latenciesMs, 0.99).toFixed(0)}, max ${quantile(l.latenciesMs, 1).toFixed(0)}`,
    `  server CPU ${(p.serverCpuSeconds / seconds).toFixed(2)} cores, bench client CPU ${(p.benchCpuSeconds / seconds).toFixed(2)} cores`,
    `  server cores by thread: ${threads.join(', ')}`,
    `  server CPU per ${unit.replace(/s$/, '')}: ${cpuPerItemUs(p).toFixed(1)} µs; machine busy ${p.machineBusyCores.toFixed(2)} cores, of which other processes ${otherCores(p).toFixed(2)}`,
  ];
  for (const [e, n] of l.errors) lines.push(`  ERROR x${n}: ${e}`);
  for (const [m, n] of l.rejections) lines.push(`  REJECTED ${n}: ${m}`);
  return lines;
}

export interface BenchSummary {
  spansPerSec: number;
  sampleHitsPerSec: number;
  tracesP99Ms: number;
  profilesP99Ms: number;
  peakRssMiB: number;
  bytesOnDiskPerSampleHit: number;
  bytesOnDiskPerSampleHitWithBySpanAndStacks: number;
  engineInsertRowsPerSec: number;
  /** Server CPU per acknowledged item, µs: comparable across runs on a shared machine. */
  serverCpuUsPerSpan: number;
  serverCpuUsPerSampleHit: number;
  /** Cores other processes used during each phase: large values mean the rates above are low. */
  otherLoadCores: { traces: number; profiles: number };
}

export function summarize(
  traces: PhaseReport,
  profiles: PhaseReport,
  peakRssKiB: number,
  store: StoreMeasurement,
): BenchSummary {
  const hits = store.rows.profile_samples ?? 0;
  const b = store.bytesOnDisk;
  const samplesBytes = b.profile_samples ?? 0;
  const allBytes = samplesBytes + (b.profile_samples_by_span ?? 0) + (b.profile_stacks ?? 0);
  return {
    spansPerSec: round(perSecond(traces)),
    sampleHitsPerSec: round(perSecond(profiles)),
    tracesP99Ms: round(quantile(traces.load.latenciesMs, 0.99), 1),
    profilesP99Ms: round(quantile(profiles.load.latenciesMs, 0.99), 1),
    peakRssMiB: round(peakRssKiB / 1024, 1),
    bytesOnDiskPerSampleHit: hits > 0 ? round(samplesBytes / hits, 2) : 0,
    bytesOnDiskPerSampleHitWithBySpanAndStacks: hits > 0 ? round(allBytes / hits, 2) : 0,
    serverCpuUsPerSpan: round(cpuPerItemUs(traces), 1),
    serverCpuUsPerSampleHit: round(cpuPerItemUs(profiles), 2),
    otherLoadCores: {
      traces: round(otherCores(traces), 2),
      profiles: round(otherCores(profiles), 2),
    },
    engineInsertRowsPerSec:
      store.engineInsert.seconds > 0
        ? round(store.engineInsert.rows / store.engineInsert.seconds)
        : 0,
  };
}

/** measured / goal; for bytes and RSS lower is better, so a ratio under 1 meets the goal. */
export interface GoalRatios {
  spansPerSec: number;
  sampleHitsPerSec: number;
  bytesOnDiskPerSampleHit: number;
  peakRssMiB: number;
}

export function goalRatios(s: BenchSummary): GoalRatios {
  return {
    spansPerSec: round(s.spansPerSec / goals.spansPerSec, 3),
    sampleHitsPerSec: round(s.sampleHitsPerSec / goals.sampleHitsPerSec, 3),
    bytesOnDiskPerSampleHit: round(s.bytesOnDiskPerSampleHit / goals.bytesPerSampleHit, 3),
    peakRssMiB: round(s.peakRssMiB / goals.peakRssMiB, 3),
  };
}

export function describeGoals(s: BenchSummary): string[] {
  const r = goalRatios(s);
  // 0 means the phase did not run (BENCH_ONLY) or stored nothing: no verdict then.
  const line = (goal: string, measured: number, ratio: number, met: boolean): string =>
    measured === 0
      ? `${goal}: not measured`
      : `${goal}: measured ${measured}, ratio ${ratio} (${met ? 'meets goal' : 'MISSES goal'})`;
  return [
    line(
      `goal ${goals.spansPerSec} spans/s`,
      s.spansPerSec,
      r.spansPerSec,
      s.spansPerSec >= goals.spansPerSec,
    ),
    line(
      `goal ${goals.sampleHitsPerSec} sample hits/s`,
      s.sampleHitsPerSec,
      r.sampleHitsPerSec,
      s.sampleHitsPerSec >= goals.sampleHitsPerSec,
    ),
    line(
      `goal < ${goals.bytesPerSampleHit} bytes/sample hit`,
      s.bytesOnDiskPerSampleHit,
      r.bytesOnDiskPerSampleHit,
      s.bytesOnDiskPerSampleHit < goals.bytesPerSampleHit,
    ),
    line(
      `goal < ${goals.peakRssMiB} MiB RSS`,
      s.peakRssMiB,
      r.peakRssMiB,
      s.peakRssMiB < goals.peakRssMiB,
    ),
  ];
}

export function describeStore(store: StoreMeasurement): string[] {
  const hits = store.rows.profile_samples ?? 0;
  const perHit = (bytes: number): string => (hits > 0 ? (bytes / hits).toFixed(2) : '-');
  const lines = [
    `store rows: ${Object.entries(store.rows)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
    `profile_samples bytes/hit as ingest left it (before OPTIMIZE): ${perHit(store.samplesBytesBeforeOptimize)}`,
    `after OPTIMIZE TABLE ... FINAL on profile_samples, profile_samples_by_span, profile_stacks:`,
  ];
  for (const t of ['profile_samples', 'profile_samples_by_span', 'profile_stacks']) {
    const bytes = store.bytesOnDisk[t] ?? 0;
    lines.push(`  ${t}: ${bytes} bytes on disk = ${perHit(bytes)} bytes per sample hit`);
  }
  const top = store.sampleColumns.slice(0, 8).map((c) => `${c.name} ${perHit(c.bytes)}`);
  lines.push(`  profile_samples compressed bytes/hit by column: ${top.join(', ')}`);
  const e = store.engineInsert;
  lines.push(
    `engine INSERT ... SELECT * FROM profile_samples: ${e.rows} rows in ${e.seconds.toFixed(2)} s`,
  );
  return lines;
}
