import { queryOptions } from '@tanstack/react-query';
import type { SpanContext } from '../../lib/correlation/span-context';
import { fetchJson } from './fetch-json';

/** GET /api/traces/<t>/spans/<s>/context: Kubernetes and process context, with sources. */
export function spanContextQuery(traceId: string, spanId: string) {
  return queryOptions({
    queryKey: ['span-context', traceId, spanId],
    queryFn: ({ signal }) => {
      const path = `/api/traces/${encodeURIComponent(traceId)}/spans/${encodeURIComponent(spanId)}`;
      return fetchJson<SpanContext>(`${path}/context`, signal);
    },
    staleTime: 60_000,
  });
}
