import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';

/** A column of a table users can query, as ClickHouse describes it. */
export interface SchemaColumn {
  name: string;
  /** ClickHouse type, e.g. `LowCardinality(String)`, `DateTime64(9)`. */
  type: string;
  /** The column's COMMENT; '' when it has none. */
  comment: string;
}

export interface SchemaTable {
  name: string;
  comment: string;
  columns: SchemaColumn[];
}

/** GET /api/schema: the tables the SQL console may read, with their columns and comments. */
export function schemaQuery() {
  return queryOptions({
    queryKey: ['schema'],
    queryFn: ({ signal }) => fetchJson<{ tables: SchemaTable[] }>('/api/schema', signal),
    // The schema changes only with a new version of traceprof.
    staleTime: Infinity,
  });
}
