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
  /** Only the samples inside this slice of the span (ns from its start); undefined: all. */
  slice?: { fromNs: number; toNs: number } | undefined;
}

/** The profile API's `from`/`to` of a slice (none for the whole span), for every link to it. */
export function sliceApiParams(slice: SpanProfileInput['slice']): Record<string, string> {
  return slice ? { from: String(slice.fromNs), to: String(slice.toNs) } : {};
}

/** GET /api/traces/<t>/spans/<s>/profile: the flame graph of a span's samples of one type and its coverage. */
export function spanProfileQuery(input: SpanProfileInput) {
  const { traceId, spanId, scope, tier, sampleType, slice } = input;
  return queryOptions({
    queryKey: [
      'span-profile',
      traceId,
      spanId,
      scope,
      tier ?? 'auto',
      sampleType ?? 'auto',
      slice ? `${slice.fromNs}-${slice.toNs}` : 'whole',
    ],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ scope });
      if (tier) params.set('tier', tier);
      if (sampleType) params.set('sampleType', sampleType);
      for (const [key, value] of Object.entries(sliceApiParams(slice))) params.set(key, value);
      return fetchJson(
        `${spanApiPath(traceId, spanId, 'profile')}?${params.toString()}`,
        spanProfileResponse,
        signal,
      );
    },
    staleTime: 60_000,
  });
}
