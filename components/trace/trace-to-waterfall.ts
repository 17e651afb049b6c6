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
  /** Spans directly under this one. */
  childCount: number;
  /** The span's events, relative to the trace's first span, ns. */
  events: { offsetNs: number; name: string }[];
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
      childCount: children.get(span.spanId)?.length ?? 0,
      events: span.events.map((e) => ({
        offsetNs: Number(BigInt(e.timeNs) - start),
        name: e.name,
      })),
    });
    for (const child of (children.get(span.spanId) ?? []).sort(byStart)) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return { rows, totalNs: Number(end - start), rootSpanId };
}

/**
 * The rows left when the spans in `collapsed` hide their descendants; a collapsed ancestor of
 * `keep` (the selected span) stays open, so the selection is always drawn.
 */
export function visibleRows(
  rows: readonly WaterfallRow[],
  collapsed: ReadonlySet<string>,
  keep: string | undefined,
): WaterfallRow[] {
  const open = new Set<string>();
  const byId = new Map(rows.map((r) => [r.span.spanId, r]));
  // The selected span's ancestors, not the span itself: its own fold is the user's to keep.
  const parentOf = (r: WaterfallRow | undefined) =>
    r === undefined ? undefined : byId.get(r.span.parentSpanId);
  for (let r = parentOf(keep === undefined ? undefined : byId.get(keep)); r; r = parentOf(r))
    open.add(r.span.spanId);
  const out: WaterfallRow[] = [];
  let hiddenBelow: number | undefined;
  for (const row of rows) {
    if (hiddenBelow !== undefined && row.depth > hiddenBelow) continue;
    hiddenBelow = undefined;
    out.push(row);
    if (collapsed.has(row.span.spanId) && !open.has(row.span.spanId) && row.childCount > 0)
      hiddenBelow = row.depth;
  }
  return out;
}
