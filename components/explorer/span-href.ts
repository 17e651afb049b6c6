import type { SpanSummary } from '../../lib/contract/span-models';
import { pickExplorerParams } from '../url/explorer-filters';

/**
 * The span view's link for a span, carrying the explorer's filters so "back" restores them, and
 * any of the span view's own state in `view` (e.g. `q` to search the flame graph).
 */
export function spanHref(
  span: Pick<SpanSummary, 'traceId' | 'spanId'>,
  explorer: URLSearchParams,
  view: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ span: span.spanId, ...view });
  for (const [key, value] of pickExplorerParams(explorer)) params.set(key, value);
  return `/traces/${span.traceId}?${params.toString()}`;
}
