import { spanIdPattern, traceIdPattern } from '@/lib/traces/trace-ids';
import { getSpanViewLink } from '../url/span-view-url';

/** Column names that hold a trace or span id, as otel_traces, profile_samples and OTLP name them. */
const traceNames = new Set(['traceid', 'trace_id']);
const spanNames = new Set(['spanid', 'span_id']);

/**
 * For a result's columns, a function giving the span-view link of a cell, or undefined: a trace
 * id opens its trace (at the row's span when the row also has a span id), a span id opens that
 * span when the row has its trace id.
 */
export function spanLinkCells(
  columns: readonly { name: string }[],
): (row: readonly unknown[], column: number) => string | undefined {
  const find = (names: Set<string>) => columns.findIndex((c) => names.has(c.name.toLowerCase()));
  const traceAt = find(traceNames);
  const spanAt = find(spanNames);
  if (traceAt < 0) return () => undefined;
  return (row, column) => {
    if (column !== traceAt && column !== spanAt) return undefined;
    const traceId = row[traceAt];
    if (typeof traceId !== 'string' || !traceIdPattern.test(traceId)) return undefined;
    const spanId = spanAt < 0 ? undefined : row[spanAt];
    const validSpan = typeof spanId === 'string' && spanIdPattern.test(spanId);
    if (column === spanAt && !validSpan) return undefined;
    return getSpanViewLink(
      traceId.toLowerCase(),
      validSpan ? { spanId: spanId.toLowerCase() } : {},
    );
  };
}
