import { queryOptions } from '@tanstack/react-query';
import type { TraceSpan } from '../../lib/traces/trace-span';
import { fetchJson } from './fetch-json';

/** What GET /api/traces/<traceId> answers (lib/api/trace-api.ts). */
export interface TraceResponse {
  traceId: string;
  spans: TraceSpan[];
  /** The trace query with its parameters inlined, runnable in the SQL console. */
  sql?: string;
}

/** GET /api/traces/<traceId>: all spans of a trace; 404 when none is stored. */
export function traceQuery(traceId: string) {
  return queryOptions({
    queryKey: ['trace', traceId],
    queryFn: ({ signal }) =>
      fetchJson<TraceResponse>(`/api/traces/${encodeURIComponent(traceId)}`, signal),
    // A stored trace can still grow while late spans arrive, but not under the user's eyes.
    staleTime: 60_000,
  });
}
