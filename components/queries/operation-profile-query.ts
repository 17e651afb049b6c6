import { queryOptions } from '@tanstack/react-query';
import { operationProfileResponse } from '@/lib/contract/responses';
import type { ExplorerFilters } from '../url/explorer-filters';
import { fetchJson } from './fetch-json';
import { explorerSearchParams } from './spans-query';

/** GET /api/operations/profile: one operation's merged flame graph, the explorer's filters applied. */
export function operationProfileQuery(filters: ExplorerFilters, sampleType: string | undefined) {
  return queryOptions({
    queryKey: ['operation-profile', { ...filters, view: undefined }, sampleType ?? 'auto'],
    queryFn: ({ signal }) => {
      const params = explorerSearchParams(filters);
      if (sampleType) params.set('sampleType', sampleType);
      return fetchJson(
        `/api/operations/profile?${params.toString()}`,
        operationProfileResponse,
        signal,
      );
    },
    staleTime: 15_000,
  });
}
