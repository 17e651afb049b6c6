import type { TraceSpan } from '@/lib/contract/span-models';

interface Interval {
  span: TraceSpan;
  start: bigint;
  end: bigint;
}

/**
 * The spans that decide when the root ends, found as Jaeger does: walk back from the end of a
 * span through its last-finishing child, then from that child's start through the child that
 * finished last before it, and so on, entering each child the same way. So every call of a
 * sequence of blocking calls is on the path, and a call that overlapped a later one is not.
 *
 * Children are clipped to their parent (a child that outlives its parent blocks it only until
 * the parent ends; one that starts after the parent ended never blocks it). A child that ends
 * exactly when the next one starts blocks it (Jaeger asks for strictly before, which misses
 * back-to-back calls timed to the same nanosecond). Orphans (parent not stored) never join.
 */
export function criticalPath(spans: readonly TraceSpan[], rootSpanId: string): Set<string> {
  const children = new Map<string, TraceSpan[]>();
  for (const s of spans) {
    const list = children.get(s.parentSpanId) ?? [];
    list.push(s);
    children.set(s.parentSpanId, list);
  }
  const path = new Set<string>();
  const root = spans.find((s) => s.spanId === rootSpanId);
  if (!root) return path;
  const start = BigInt(root.startNs);
  const stack: Interval[] = [{ span: root, start, end: start + BigInt(root.durationNs) }];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current || path.has(current.span.spanId)) continue;
    path.add(current.span.spanId);
    const blocking = blockingChildren(current, children.get(current.span.spanId) ?? [], path);
    stack.push(...blocking);
  }
  return path;
}

/** The children on `parent`'s critical path, walking back from its end, clipped to it. */
function blockingChildren(
  parent: Interval,
  children: readonly TraceSpan[],
  visited: ReadonlySet<string>,
): Interval[] {
  const clipped: Interval[] = [];
  for (const span of children) {
    if (visited.has(span.spanId)) continue;
    const start = BigInt(span.startNs);
    const end = start + BigInt(span.durationNs);
    if (start > parent.end || end < parent.start) continue;
    clipped.push({
      span,
      start: start < parent.start ? parent.start : start,
      end: end > parent.end ? parent.end : end,
    });
  }
  // Last to finish first; on a tie the one that started first, as it held the parent longer.
  clipped.sort((a, b) =>
    a.end !== b.end ? (a.end > b.end ? -1 : 1) : a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  );
  const out: Interval[] = [];
  let cursor = parent.end;
  for (const child of clipped) {
    if (child.end > cursor) continue;
    out.push(child);
    cursor = child.start;
  }
  return out;
}
