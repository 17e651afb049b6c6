import { queryOptions } from '@tanstack/react-query';
import { traceResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';

/** GET /api/traces/<traceId>: all spans of a trace; 404 when none is stored. */
export function traceQuery(traceId: string) {
  return queryOptions({
    queryKey: ['trace', traceId],
    queryFn: ({ signal }) =>
      fetchJson(`/api/traces/${encodeURIComponent(traceId)}`, traceResponse, signal),
    // A stored trace can still grow while late spans arrive, but not under the user's eyes.
    staleTime: 60_000,
  });
}
