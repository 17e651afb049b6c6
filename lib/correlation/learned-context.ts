import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql, sqlConstant, sqlFragment, type SqlFragment } from '../clickhouse/sql';
import { contextKeys, contextKeysSql } from './correlation-rules';

/**
 * What ingest learned about a span's process or container (resource_context), used wherever a
 * span's Kubernetes context is shown or filtered on: the span's own resource wins, then its
 * process's entry, then its container's, as the span view's context panel orders them.
 */

/** resource_context with its newest row per key (a ReplacingMergeTree may hold older ones). */
const newestContext = sqlConstant(
  `(SELECT ContextKey, argMax(Attributes, LastSeen) AS Attributes FROM resource_context GROUP BY ContextKey)`,
);

type Resource = Readonly<Record<string, string | undefined>>;

/** The learned attributes of each resource's process and container keys, by key. */
export async function queryLearnedContext(
  client: ClickHouseClient,
  resources: readonly Resource[],
): Promise<Map<string, Record<string, string>>> {
  const keys = new Set<string>();
  for (const r of resources) {
    const { process, container } = contextKeys(r);
    if (process) keys.add(process);
    if (container) keys.add(container);
  }
  const out = new Map<string, Record<string, string>>();
  if (keys.size === 0) return out;
  const rs = await client.query({
    ...sql`SELECT ContextKey, Attributes FROM ${newestContext}
           WHERE ContextKey IN ${param('Array(String)', [...keys])}`,
    format: 'JSONEachRow',
  });
  for (const row of await rs.json<{ ContextKey: string; Attributes: Record<string, string> }>())
    out.set(row.ContextKey, row.Attributes);
  return out;
}

/** A resource attribute's value: its own, else its process's learned one, else its container's. */
export function learnedValue(
  resource: Resource,
  key: string,
  learned: ReadonlyMap<string, Record<string, string>>,
): string {
  const own = resource[key];
  if (own) return own;
  const { process, container } = contextKeys(resource);
  for (const k of [process, container]) {
    const v = k === undefined ? undefined : learned.get(k)?.[key];
    if (v) return v;
  }
  return '';
}

/**
 * Rows of otel_traces whose value of `key` (own, else learned, as learnedValue) contains
 * `needle`, case-insensitively: what the explorer's namespace, deployment and pod filters match.
 */
export function contextValueContains(key: string, needle: string): SqlFragment {
  const k = param('String', key);
  const n = param('String', needle);
  const keys = contextKeysSql(sqlConstant('ResourceAttributes'));
  const learned = (condition: SqlFragment): SqlFragment =>
    sqlFragment`(SELECT ContextKey FROM ${newestContext} WHERE ${condition})`;
  const matches = learned(sqlFragment`positionCaseInsensitiveUTF8(Attributes[${k}], ${n}) > 0`);
  const known = learned(sqlFragment`Attributes[${k}] != ''`);
  return sqlFragment`(positionCaseInsensitiveUTF8(ResourceAttributes[${k}], ${n}) > 0
    OR (ResourceAttributes[${k}] = '' AND (${keys.process} IN ${matches}
      OR (${keys.process} NOT IN ${known} AND ${keys.container} IN ${matches}))))`;
}
