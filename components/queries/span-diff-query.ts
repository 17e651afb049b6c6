import { queryOptions } from '@tanstack/react-query';
import type { DiffBaseline, DiffTarget } from '@/lib/contract/profile-models';
import { spanDiffResponse } from '@/lib/contract/responses';
import type { ProfileScope } from '@/lib/correlation/correlation-tier';
import { fetchJson } from './fetch-json';
import { spanApiPath } from './span-api-path';

export interface SpanDiffInput {
  traceId: string;
  spanId: string;
  baseline: DiffBaseline;
  target: DiffTarget;
  sampleType: string | undefined;
  /** The scope of the flame graph on screen: both sides cover the same. */
  scope: ProfileScope;
}

/** GET /api/traces/<t>/spans/<s>/diff: the span (or its slow cohort) against a baseline, per span. */
export function spanDiffQuery(input: SpanDiffInput) {
  const { traceId, spanId, baseline, target, sampleType, scope } = input;
  return queryOptions({
    queryKey: ['span-diff', traceId, spanId, baseline, target, sampleType ?? 'auto', scope],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ baseline, target, scope });
      if (sampleType) params.set('sampleType', sampleType);
      const path = `${spanApiPath(traceId, spanId, 'diff')}?${params.toString()}`;
      return fetchJson(path, spanDiffResponse, signal);
    },
    staleTime: 60_000,
  });
}
