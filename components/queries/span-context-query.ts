import { queryOptions } from '@tanstack/react-query';
import { spanContextResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';

/** GET /api/traces/<t>/spans/<s>/context: Kubernetes and process context, with sources. */
export function spanContextQuery(traceId: string, spanId: string) {
  return queryOptions({
    queryKey: ['span-context', traceId, spanId],
    queryFn: ({ signal }) => {
      const path = `/api/traces/${encodeURIComponent(traceId)}/spans/${encodeURIComponent(spanId)}`;
      return fetchJson(`${path}/context`, spanContextResponse, signal);
    },
    staleTime: 60_000,
  });
}
