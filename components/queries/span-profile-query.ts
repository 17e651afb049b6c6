import { queryOptions } from '@tanstack/react-query';
import { defaultSampleType } from '@/lib/correlation/correlation-tier';
import type { CorrelationTier, ScopeRequest } from '@/lib/correlation/correlation-tier';
import { spanProfileResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';

export interface SpanProfileInput {
  traceId: string;
  spanId: string;
  scope: ScopeRequest;
  /** undefined: the API picks the most certain tier that has samples. */
  tier: CorrelationTier | undefined;
}

/** GET /api/traces/<t>/spans/<s>/profile: the on-CPU flame graph of a span and its coverage. */
export function spanProfileQuery(input: SpanProfileInput) {
  const { traceId, spanId, scope, tier } = input;
  return queryOptions({
    queryKey: ['span-profile', traceId, spanId, scope, tier ?? 'auto'],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ scope, sampleType: defaultSampleType });
      if (tier) params.set('tier', tier);
      const path = `/api/traces/${encodeURIComponent(traceId)}/spans/${encodeURIComponent(spanId)}`;
      return fetchJson(`${path}/profile?${params.toString()}`, spanProfileResponse, signal);
    },
    staleTime: 60_000,
  });
}
