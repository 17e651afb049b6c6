import { queryOptions } from '@tanstack/react-query';
import type { CorrelationTier, ScopeRequest } from '@/lib/correlation/correlation-tier';
import { spanTimelineResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';

export interface SpanTimelineInput {
  traceId: string;
  spanId: string;
  /** The same scope and tier the profile is asked, so the lanes are the flame graph's samples. */
  scope: ScopeRequest;
  tier: CorrelationTier | undefined;
}

/** GET /api/traces/<t>/spans/<s>/timeline: the threads that ran for a span and their samples. */
export function spanTimelineQuery(input: SpanTimelineInput) {
  const { traceId, spanId, scope, tier } = input;
  return queryOptions({
    queryKey: ['span-timeline', traceId, spanId, scope, tier ?? 'auto'],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ scope });
      if (tier) params.set('tier', tier);
      const path = `/api/traces/${encodeURIComponent(traceId)}/spans/${encodeURIComponent(spanId)}`;
      return fetchJson(`${path}/timeline?${params.toString()}`, spanTimelineResponse, signal);
    },
    staleTime: 60_000,
  });
}
