import type { CallTiming } from './time-calls';

/** Latency targets of the query path: one user's click, on the bench's store. */
export const queryGoals = {
  /** p95 of the span-profile API for a span with ~1,000 linked samples. */
  spanProfile1000P95Ms: 150,
  /** p95 of the span-profile API for a span with ~100,000 linked samples. */
  spanProfile100000P95Ms: 1000,
  /** p95 of the slow-span search (last hour, service and minimum duration, 100 rows). */
  searchP95Ms: 300,
  /** p95 of the operation profile of an operation whose 1,000 spans hold ~1,000,000 hits. */
  operationProfileP95Ms: 1000,
  /** The same with each span's own samples only (scope span). */
  operationProfileSpanScopeP95Ms: 1000,
  /** p95 of the diff of one slow span of that operation against its p40–p60 cohort. */
  spanDiffP95Ms: 500,
  /** p95 of the diff of its ≥ p90 cohort against the p40–p60 cohort. */
  slowDiffP95Ms: 500,
} as const;

/** Which measured case each goal is about. */
const goalCases: Record<keyof typeof queryGoals, string> = {
  spanProfile1000P95Ms: 'spanProfile1000',
  spanProfile100000P95Ms: 'spanProfile100000',
  searchP95Ms: 'search',
  operationProfileP95Ms: 'operationProfile',
  operationProfileSpanScopeP95Ms: 'operationProfileSpanScope',
  spanDiffP95Ms: 'spanDiff',
  slowDiffP95Ms: 'slowDiff',
};

export interface GoalVerdict {
  goalMs: number;
  p95Ms: number;
  /** p95 / goal: under 1 meets the goal. */
  ratio: number;
  met: boolean;
}

export function goalVerdicts(
  timings: Record<string, CallTiming>,
): Partial<Record<keyof typeof queryGoals, GoalVerdict>> {
  const out: Partial<Record<keyof typeof queryGoals, GoalVerdict>> = {};
  for (const [goal, key] of Object.entries(goalCases) as [keyof typeof queryGoals, string][]) {
    const t = timings[key];
    if (!t) continue;
    const goalMs = queryGoals[goal];
    out[goal] = {
      goalMs,
      p95Ms: t.p95Ms,
      ratio: Math.round((t.p95Ms / goalMs) * 1000) / 1000,
      met: t.p95Ms < goalMs,
    };
  }
  return out;
}

export function describeVerdicts(v: ReturnType<typeof goalVerdicts>): string[] {
  return Object.entries(v).map(
    ([goal, g]) =>
      `goal ${goal} < ${g.goalMs}: p95 ${g.p95Ms} ms, ratio ${g.ratio} (${g.met ? 'meets goal' : 'MISSES goal'})`,
  );
}
