import type { TraceSpan } from '@/lib/contract/span-models';
import { criticalPath } from './critical-path';

/** One line of the waterfall: a span, where it sits in the tree and on the time axis. */
export interface WaterfallRow {
  span: TraceSpan;
  /** Nesting depth; 0 for roots (spans whose parent is not in the trace). */
  depth: number;
  /** Start relative to the trace's first span, ns (fits a double: traces last < 104 days). */
  offsetNs: number;
  durationNs: number;
  /** On the chain of spans that decides when the root ends. */
  critical: boolean;
  error: boolean;
}

export interface Waterfall {
  rows: WaterfallRow[];
  /** From the first start to the last end, ns. */
  totalNs: number;
  /** The span the view selects when the link names none: the earliest root. */
  rootSpanId: string;
}

const byStart = (a: TraceSpan, b: TraceSpan): number => {
  const d = BigInt(a.startNs) - BigInt(b.startNs);
  return d < 0n ? -1 : d > 0n ? 1 : a.spanId.localeCompare(b.spanId);
};

/** Orders a trace's spans depth-first, children by start time, for the waterfall. */
export function traceToWaterfall(spans: readonly TraceSpan[]): Waterfall {
  if (spans.length === 0) return { rows: [], totalNs: 0, rootSpanId: '' };
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string, TraceSpan[]>();
  const roots: TraceSpan[] = [];
  for (const s of spans) {
    if (s.parentSpanId === '' || !ids.has(s.parentSpanId)) roots.push(s);
    else children.set(s.parentSpanId, [...(children.get(s.parentSpanId) ?? []), s]);
  }
  roots.sort(byStart);
  const start = spans.reduce(
    (m, s) => (BigInt(s.startNs) < m ? BigInt(s.startNs) : m),
    BigInt(spans[0]?.startNs ?? 0),
  );
  let end = start;
  for (const s of spans) {
    const e = BigInt(s.startNs) + BigInt(s.durationNs);
    if (e > end) end = e;
  }
  const rootSpanId = roots[0]?.spanId ?? '';
  const critical = criticalPath(spans, rootSpanId);
  const rows: WaterfallRow[] = [];
  const visit = (span: TraceSpan, depth: number): void => {
    rows.push({
      span,
      depth,
      offsetNs: Number(BigInt(span.startNs) - start),
      durationNs: Number(span.durationNs),
      critical: critical.has(span.spanId),
      error: span.statusCode === 'Error',
    });
    for (const child of (children.get(span.spanId) ?? []).sort(byStart)) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return { rows, totalNs: Number(end - start), rootSpanId };
}
