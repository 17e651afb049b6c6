import { queryOptions } from '@tanstack/react-query';
import { operationsResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';

/** GET /api/operations?service=: span names of one service, or of all when service is ''. */
export function operationsQuery(service: string) {
  return queryOptions({
    queryKey: ['operations', service],
    queryFn: ({ signal }) => {
      const query = service ? `?${new URLSearchParams({ service }).toString()}` : '';
      return fetchJson(`/api/operations${query}`, operationsResponse, signal);
    },
  });
}
