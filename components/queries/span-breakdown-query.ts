import { queryOptions } from '@tanstack/react-query';
import type { CorrelationTier, ProfileScope } from '@/lib/correlation/correlation-tier';
import { spanBreakdownResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';
import { spanApiPath } from './span-api-path';

/** GET /api/traces/<t>/spans/<s>/breakdown: on-CPU, off-CPU and unaccounted time of a span. */
export function spanBreakdownQuery(
  traceId: string,
  spanId: string,
  scope: ProfileScope,
  tier: CorrelationTier | undefined,
) {
  return queryOptions({
    queryKey: ['span-breakdown', traceId, spanId, scope, tier ?? 'auto'],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ scope });
      if (tier) params.set('tier', tier);
      const path = `${spanApiPath(traceId, spanId, 'breakdown')}?${params.toString()}`;
      return fetchJson(path, spanBreakdownResponse, signal);
    },
    staleTime: 60_000,
  });
}
