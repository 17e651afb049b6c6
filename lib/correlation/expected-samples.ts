import type { TraceSpan } from '../contract/span-models';
import { spanProcess } from './correlation-rules';

/**
 * Samples a fully busy scope would have: for each process, the time covered by the scope's spans
 * there (overlapping spans counted once: a child runs inside its parent), divided by the
 * sampling period. Spans of different processes run in parallel and each is sampled.
 */
export function expectedSamples(spans: readonly TraceSpan[], periodNs: number): number {
  const byProcess = new Map<string, [bigint, bigint][]>();
  for (const s of spans) {
    const p = spanProcess(s);
    const key = p.pid > 0 ? `${p.hostName}/${p.pid}` : `service:${s.service}`;
    const start = BigInt(s.startNs);
    const list = byProcess.get(key) ?? [];
    list.push([start, start + BigInt(s.durationNs)]);
    byProcess.set(key, list);
  }
  let coveredNs = 0n;
  for (const intervals of byProcess.values()) {
    intervals.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    let [curStart, curEnd] = intervals[0] ?? [0n, 0n];
    for (const [start, end] of intervals.slice(1)) {
      if (start <= curEnd) {
        if (end > curEnd) curEnd = end;
      } else {
        coveredNs += curEnd - curStart;
        [curStart, curEnd] = [start, end];
      }
    }
    coveredNs += curEnd - curStart;
  }
  return Math.round((Number(coveredNs) / periodNs) * 100) / 100;
}
