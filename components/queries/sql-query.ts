import { queryOptions } from '@tanstack/react-query';
import { sqlResponse } from '@/lib/contract/responses';
import { fetchJson } from './fetch-json';

/**
 * POST /api/sql { query }: one read-only statement's columns and rows (64-bit integers as
 * strings), or 400 with the reason it was refused. A result is what the user asked for, not a
 * view that refreshes itself: it runs only
 * when the user runs it (the console enables and invalidates it), and Back shows the result it had.
 */
export function sqlQuery(query: string) {
  return queryOptions({
    queryKey: ['sql', query],
    queryFn: ({ signal }) => fetchJson('/api/sql', sqlResponse, signal, { query }),
    staleTime: Infinity,
    refetchOnMount: 'always',
  });
}
