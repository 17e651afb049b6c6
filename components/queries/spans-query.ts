import { queryOptions } from '@tanstack/react-query';
import { spansResponse, tracesResponse } from '@/lib/contract/responses';
import { explorerTextFilters, type ExplorerFilters } from '../url/explorer-filters';
import { resolveTimeRange } from '../url/time-range';
import { fetchJson } from './fetch-json';

/** The scatter can show more than a screen of rows; the API allows up to 1000. */
const limit = 200;

/**
 * GET /api/spans: the slowest spans matching the filters. A relative range ("last hour") is
 * resolved to unix ms when the query runs, so a refetch moves the window forward.
 */
export function spansQuery(filters: ExplorerFilters) {
  const search = withoutView(filters);
  return queryOptions({
    queryKey: ['spans', search],
    queryFn: ({ signal }) =>
      fetchJson(`/api/spans?${searchParams(search).toString()}`, spansResponse, signal),
    staleTime: 15_000,
  });
}

/** GET /api/traces: the traces of the matching spans, a row each, same filters and range. */
export function tracesQuery(filters: ExplorerFilters) {
  const search = withoutView(filters);
  return queryOptions({
    queryKey: ['traces', search],
    queryFn: ({ signal }) =>
      fetchJson(`/api/traces?${searchParams(search).toString()}`, tracesResponse, signal),
    staleTime: 15_000,
  });
}

/** The filters that decide what the API answers (a change of view alone refetches nothing). */
function withoutView(filters: ExplorerFilters): Omit<ExplorerFilters, 'view'> {
  const search: Partial<ExplorerFilters> = { ...filters };
  delete search.view;
  return search as Omit<ExplorerFilters, 'view'>;
}

/** The API's query string of the explorer's filters, the range resolved now. */
function searchParams(filters: Omit<ExplorerFilters, 'view'>): URLSearchParams {
  const { fromMs, toMs } = resolveTimeRange(filters.range, Date.now());
  const params = new URLSearchParams({
    from: String(fromMs),
    to: String(toMs),
    limit: String(limit),
  });
  // Passed as they are: the API validates them and answers 400 with a message.
  for (const key of explorerTextFilters) if (filters[key]) params.set(key, filters[key]);
  return params;
}
