import { queryOptions } from '@tanstack/react-query';
import { schemaResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';

/** GET /api/schema: the tables the SQL console may read, with their columns and comments. */
export function schemaQuery() {
  return queryOptions({
    queryKey: ['schema'],
    queryFn: ({ signal }) => fetchJson('/api/schema', schemaResponse, signal),
    // The schema changes only with a new version of traceprof.
    staleTime: Infinity,
  });
}
