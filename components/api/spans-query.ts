import { queryOptions } from '@tanstack/react-query';
import type { SpanSummary } from '../../lib/traces/span-search';
import { explorerTextFilters, type ExplorerFilters } from '../url/explorer-filters';
import { resolveTimeRange } from '../url/time-range';
import { fetchJson } from './fetch-json';

/** What the explorer draws: the spans and the bounds they were searched in (the scatter's x). */
export interface SpansResult {
  spans: SpanSummary[];
  fromMs: number;
  toMs: number;
  /** The search with its parameters inlined, runnable in the SQL console. */
  sql: string | undefined;
}

/** The scatter can show more than a screen of rows; the API allows up to 1000. */
const limit = 200;

/**
 * GET /api/spans: the slowest spans matching the filters. A relative range ("last hour") is
 * resolved to unix ms when the query runs, so a refetch moves the window forward.
 */
export function spansQuery(filters: ExplorerFilters) {
  return queryOptions({
    queryKey: ['spans', filters],
    queryFn: async ({ signal }): Promise<SpansResult> => {
      const { fromMs, toMs } = resolveTimeRange(filters.range, Date.now());
      const params = new URLSearchParams({
        from: String(fromMs),
        to: String(toMs),
        limit: String(limit),
      });
      // Passed as they are: the API validates them and answers 400 with a message.
      for (const key of explorerTextFilters) if (filters[key]) params.set(key, filters[key]);
      const body = await fetchJson<{ spans: SpanSummary[]; sql?: string }>(
        `/api/spans?${params.toString()}`,
        signal,
      );
      return { spans: body.spans, fromMs, toMs, sql: body.sql };
    },
    staleTime: 15_000,
  });
}
