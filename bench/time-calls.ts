import { quantile } from './run-grpc-load';

/** Latency of one case, in ms. */
export interface CallTiming {
  /** Timed calls (warm-up calls excluded). */
  n: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /**
   * This process's CPU per call (JS and the embedded engine's threads), median: steadier than
   * wall time when other work shares the machine.
   */
  cpuP50Ms: number;
}

export interface TimingOptions {
  warmup: number;
  reps: number;
  /** Stop starting timed calls after this long (at least `minReps` are made). */
  budgetMs: number;
  minReps: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Calls `call(i)` `warmup` times untimed (fewer when they eat a fifth of the budget), then up to
 * `reps` times timed, one at a time, as one user clicking would.
 */
export async function timeCalls(
  call: (i: number) => Promise<unknown>,
  o: TimingOptions,
): Promise<CallTiming> {
  const t0 = performance.now();
  let i = 0;
  while (i < o.warmup && performance.now() - t0 < o.budgetMs / 5) await call(i++);
  const wall: number[] = [];
  const cpu: number[] = [];
  const timedStart = performance.now();
  while (
    wall.length < o.reps &&
    (wall.length < o.minReps || performance.now() - timedStart < o.budgetMs)
  ) {
    const c0 = cpuMs();
    const w0 = performance.now();
    await call(i++);
    wall.push(performance.now() - w0);
    cpu.push(cpuMs() - c0);
  }
  return {
    n: wall.length,
    p50Ms: round1(quantile(wall, 0.5)),
    p95Ms: round1(quantile(wall, 0.95)),
    maxMs: round1(quantile(wall, 1)),
    cpuP50Ms: round1(quantile(cpu, 0.5)),
  };
}

export function describeTiming(name: string, t: CallTiming): string {
  return `${name}: p50 ${t.p50Ms} ms, p95 ${t.p95Ms} ms, max ${t.maxMs} ms over ${t.n} calls (CPU ${t.cpuP50Ms} ms/call)`;
}
