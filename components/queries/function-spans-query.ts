import { queryOptions } from '@tanstack/react-query';
import { functionSpansResponse } from '@/lib/contract/responses';
import type { SpanRunningFunction } from '@/lib/contract/span-models';
import { resolveTimeRange, type TimeRange } from '../url/time-range';
import { fetchJson } from './fetch-json';

/** A span whose profile samples contain a function, and how many of them do. */
export type FunctionSpan = SpanRunningFunction;

export interface FunctionSpansInput {
  /** Function name substring (the API matches it case-insensitively). */
  fn: string;
  range: TimeRange;
  /** '' for every service. */
  service: string;
}

const limit = 100;

/** GET /api/functions/spans: the slowest spans whose samples contain a function. */
export function functionSpansQuery({ fn, range, service }: FunctionSpansInput) {
  return queryOptions({
    queryKey: ['function-spans', fn, range, service],
    queryFn: ({ signal }) => {
      const { fromMs, toMs } = resolveTimeRange(range, Date.now());
      const params = new URLSearchParams({
        function: fn,
        from: String(fromMs),
        to: String(toMs),
        limit: String(limit),
      });
      if (service) params.set('service', service);
      return fetchJson(`/api/functions/spans?${params.toString()}`, functionSpansResponse, signal);
    },
    staleTime: 15_000,
  });
}
