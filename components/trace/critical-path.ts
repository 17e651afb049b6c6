import type { TraceSpan } from '@/lib/contract/span-models';

const endNs = (s: TraceSpan): bigint => BigInt(s.startNs) + BigInt(s.durationNs);

/**
 * The chain of spans that decides when the root ends: from the root, step to the child that
 * finishes last (on a tie, the one that started first, as it held the parent longer), and
 * repeat. Children group by parent id, so orphans (parent not stored) never join the chain.
 */
export function criticalPath(spans: readonly TraceSpan[], rootSpanId: string): Set<string> {
  const children = new Map<string, TraceSpan[]>();
  for (const s of spans) {
    const list = children.get(s.parentSpanId) ?? [];
    list.push(s);
    children.set(s.parentSpanId, list);
  }
  const path = new Set<string>();
  let current = spans.find((s) => s.spanId === rootSpanId);
  while (current && !path.has(current.spanId)) {
    path.add(current.spanId);
    let last: TraceSpan | undefined;
    for (const child of children.get(current.spanId) ?? []) {
      if (
        !last ||
        endNs(child) > endNs(last) ||
        (endNs(child) === endNs(last) && BigInt(child.startNs) < BigInt(last.startNs))
      ) {
        last = child;
      }
    }
    current = last;
  }
  return path;
}
