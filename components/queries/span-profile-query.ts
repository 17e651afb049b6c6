import { queryOptions } from '@tanstack/react-query';
import type { CorrelationTier, ScopeRequest } from '@/lib/correlation/correlation-tier';
import { spanProfileResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';
import { spanApiPath } from './span-api-path';

export interface SpanProfileInput {
  traceId: string;
  spanId: string;
  scope: ScopeRequest;
  /** undefined: the API picks the most certain tier that has samples. */
  tier: CorrelationTier | undefined;
  /** undefined: the API shows the span's on-CPU samples (or its most sampled type). */
  sampleType: string | undefined;
}

/** GET /api/traces/<t>/spans/<s>/profile: the flame graph of a span's samples of one type and its coverage. */
export function spanProfileQuery(input: SpanProfileInput) {
  const { traceId, spanId, scope, tier, sampleType } = input;
  return queryOptions({
    queryKey: ['span-profile', traceId, spanId, scope, tier ?? 'auto', sampleType ?? 'auto'],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ scope });
      if (tier) params.set('tier', tier);
      if (sampleType) params.set('sampleType', sampleType);
      return fetchJson(
        `${spanApiPath(traceId, spanId, 'profile')}?${params.toString()}`,
        spanProfileResponse,
        signal,
      );
    },
    staleTime: 60_000,
  });
}
