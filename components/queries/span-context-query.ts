import { queryOptions } from '@tanstack/react-query';
import { spanContextResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';
import { spanApiPath } from './span-api-path';

/** GET /api/traces/<t>/spans/<s>/context: Kubernetes and process context, with sources. */
export function spanContextQuery(traceId: string, spanId: string) {
  return queryOptions({
    queryKey: ['span-context', traceId, spanId],
    queryFn: ({ signal }) => {
      return fetchJson(spanApiPath(traceId, spanId, 'context'), spanContextResponse, signal);
    },
    staleTime: 60_000,
  });
}
