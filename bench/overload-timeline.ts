import type { OverloadRun } from './run-overload';
import { quantile } from './run-grpc-load';

/**
 * The overload phase slice by slice of its schedule: whether the server settles into steady
 * push-back or falls further behind as the store grows is invisible in the whole phase's p99.
 */
export function describeOverloadTimeline(run: OverloadRun, sliceSeconds = 10): string[] {
  const slices = new Map<number, OverloadRun['requests']>();
  for (const r of run.requests) {
    const slice = Math.floor(r.index / run.scheduledPerSec / sliceSeconds);
    const list = slices.get(slice) ?? [];
    list.push(r);
    slices.set(slice, list);
  }
  const lines = [`  by start time, ${sliceSeconds} s slices:`];
  for (const [slice, requests] of [...slices].sort((a, b) => a[0] - b[0])) {
    const count = (kind: string): number => requests.filter((r) => r.outcome.kind === kind).length;
    const answered = requests
      .filter((r) => r.outcome.kind !== 'timeout')
      .map((r) => r.outcome.latencyMs);
    lines.push(
      `    ${slice * sliceSeconds}-${(slice + 1) * sliceSeconds} s: ${requests.length} requests, ` +
        `${count('ok')} OK, ${count('refused')} refused, ${count('timeout')} timed out; ` +
        `answered p50 ${quantile(answered, 0.5).toFixed(0)} ms, p99 ${quantile(answered, 0.99).toFixed(0)} ms`,
    );
  }
  return lines;
}
