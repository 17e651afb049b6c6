import type { ClickHouseClient } from '@clickhouse/client';
import type { ResourceContext } from './resource-context';

/** Fills the in-memory context from resource_context at start-up, newest entries last (kept longest). */
export async function loadResourceContext(
  client: ClickHouseClient,
  context: ResourceContext,
  limit = 100_000,
): Promise<number> {
  const rs = await client.query({
    query: `SELECT ContextKey, Attributes FROM
              (SELECT ContextKey, Attributes, LastSeen FROM resource_context
               ORDER BY LastSeen DESC LIMIT 1 BY ContextKey LIMIT {limit:UInt32})
            ORDER BY LastSeen ASC`,
    query_params: { limit },
    format: 'JSONEachRow',
  });
  const rows = await rs.json<{ ContextKey: string; Attributes: Record<string, string> }>();
  const now = Date.now();
  for (const row of rows) context.restore(row.ContextKey, row.Attributes, now);
  return rows.length;
}
