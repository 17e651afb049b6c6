import type { SpanSummary } from '../../lib/traces/span-search';
import { pickExplorerParams } from '../url/explorer-filters';

/** The span view's link for a span, carrying the explorer's filters so "back" restores them. */
export function spanHref(
  span: Pick<SpanSummary, 'traceId' | 'spanId'>,
  explorer: URLSearchParams,
): string {
  const params = new URLSearchParams({ span: span.spanId });
  for (const [key, value] of pickExplorerParams(explorer)) params.set(key, value);
  return `/traces/${span.traceId}?${params.toString()}`;
}
