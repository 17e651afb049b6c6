import { queryOptions } from '@tanstack/react-query';
import { operationProfileResponse } from '@/lib/contract/responses';
import type { ProfileScope } from '@/lib/correlation/correlation-tier';
import type { ExplorerFilters } from '../url/explorer-filters';
import { fetchJson } from './fetch-json';
import { explorerSearchParams } from './spans-query';

/** GET /api/operations/profile: one operation's merged flame graph, the explorer's filters applied. */
export function operationProfileQuery(
  filters: ExplorerFilters,
  sampleType: string | undefined,
  scope: ProfileScope,
) {
  return queryOptions({
    queryKey: ['operation-profile', { ...filters, view: undefined }, sampleType ?? 'auto', scope],
    queryFn: ({ signal }) => {
      const params = explorerSearchParams(filters);
      if (sampleType) params.set('sampleType', sampleType);
      params.set('scope', scope);
      return fetchJson(
        `/api/operations/profile?${params.toString()}`,
        operationProfileResponse,
        signal,
      );
    },
    staleTime: 15_000,
  });
}
