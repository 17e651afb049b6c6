import type { TraceSpan } from '../contract/span-models';
import type { ProfileScope } from './correlation-tier';

/** The spans a scope covers: the span, the span and everything under it, or the whole trace. */
export function scopeSpans(
  spans: readonly TraceSpan[],
  spanId: string,
  scope: ProfileScope,
): TraceSpan[] {
  const selected = spans.find((s) => s.spanId === spanId);
  if (!selected) return [];
  if (scope === 'span') return [selected];
  if (scope === 'trace') return [...spans];
  const children = new Map<string, TraceSpan[]>();
  for (const s of spans) {
    const list = children.get(s.parentSpanId) ?? [];
    list.push(s);
    children.set(s.parentSpanId, list);
  }
  const out: TraceSpan[] = [];
  const queue = [selected];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const s = queue.shift();
    if (!s || seen.has(s.spanId)) continue;
    seen.add(s.spanId);
    out.push(s);
    queue.push(...(children.get(s.spanId) ?? []));
  }
  return out;
}

/** A scope's time, unix ns: from its first span's start to its last span's end. */
export function scopeTime(spans: readonly TraceSpan[]): [bigint, bigint] {
  let start: bigint | undefined;
  let end: bigint | undefined;
  for (const s of spans) {
    const a = BigInt(s.startNs);
    const b = a + BigInt(s.durationNs);
    if (start === undefined || a < start) start = a;
    if (end === undefined || b > end) end = b;
  }
  return [start ?? 0n, end ?? 0n];
}
