import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
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
  return listQuery('spans', spansResponse, filters);
}

/** GET /api/traces: the traces of the matching spans, a row each, same filters and range. */
export function tracesQuery(filters: ExplorerFilters) {
  return listQuery('traces', tracesResponse, filters);
}

/** One of the explorer's lists, from its API path and response schema. */
function listQuery<S extends z.ZodType>(
  list: 'spans' | 'traces',
  schema: S,
  filters: ExplorerFilters,
) {
  // Keyed without the view: switching between spans and traces refetches neither list.
  return queryOptions({
    queryKey: [list, { ...filters, view: undefined }],
    queryFn: ({ signal }) =>
      fetchJson(`/api/${list}?${explorerSearchParams(filters).toString()}`, schema, signal),
    staleTime: 15_000,
  });
}

/** The API's query string of the explorer's filters, the range resolved now. */
export function explorerSearchParams(filters: ExplorerFilters): URLSearchParams {
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
