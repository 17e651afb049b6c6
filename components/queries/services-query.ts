import { queryOptions } from '@tanstack/react-query';
import { servicesResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';

/** GET /api/services: every service that sent spans. An empty list means an empty store. */
export function servicesQuery() {
  return queryOptions({
    queryKey: ['services'],
    queryFn: ({ signal }) => fetchJson('/api/services', servicesResponse, signal),
    // While the store is empty, look again every few seconds so the page wakes up on first data.
    refetchInterval: (query) => (query.state.data?.services.length === 0 ? 5_000 : false),
  });
}
