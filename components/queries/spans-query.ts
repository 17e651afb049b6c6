import { queryOptions } from '@tanstack/react-query';
import { spansResponse, type SpansResponse } from '@/lib/contract/responses';
import { explorerTextFilters, type ExplorerFilters } from '../url/explorer-filters';
import { resolveTimeRange } from '../url/time-range';
import { fetchJson } from './fetch-json';

/** What the explorer draws: the spans and the bounds they were searched in (the scatter's x). */
export type SpansResult = SpansResponse & {
  /** The search's bounds, unix ms, as resolved when it ran. */
  fromMs: number;
  toMs: number;
};

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
      const body = await fetchJson(`/api/spans?${params.toString()}`, spansResponse, signal);
      return { ...body, fromMs, toMs };
    },
    staleTime: 15_000,
  });
}
