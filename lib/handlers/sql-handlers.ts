import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { isConsoleError } from '../sql-console/console-error';
import type { SqlSandbox } from '../sql-console/sql-sandbox';
import type { ConsoleResult } from '../contract/console-models';
import type { SchemaResponse } from '../contract/responses';
import { BadRequest, download, ok, type ApiResult } from './api-result';

/**
 * POST /api/sql { query, format? } → { columns, rows, rowCount, truncated, elapsedMs }, or CSV
 * text with format 'csv'. Read-only and limited by ClickHouse itself (see sql-sandbox.ts); every
 * refusal is 400 with ClickHouse's reason.
 */
export async function sqlApi(
  sandbox: SqlSandbox,
  body: unknown,
): Promise<ApiResult<ConsoleResult>> {
  if (typeof body !== 'object' || body === null)
    throw new BadRequest('body must be a JSON object { query, format? }');
  const { query, format } = body as { query?: unknown; format?: unknown };
  if (typeof query !== 'string' || query.trim() === '')
    throw new BadRequest('query must be a non-empty string');
  if (query.length > 100_000) throw new BadRequest('query is longer than 100000 characters');
  if (format !== undefined && format !== 'json' && format !== 'csv') {
    throw new BadRequest(`format must be json or csv, got ${JSON.stringify(format)}`);
  }
  try {
    if (format === 'csv') {
      return download(await sandbox.runCsv(query), {
        contentType: 'text/csv; charset=utf-8',
        filename: 'traceprof-query.csv',
      });
    }
    return ok(await sandbox.run(query));
  } catch (e) {
    if (isConsoleError(e)) throw new BadRequest(e.message);
    throw e;
  }
}

/** Tables users query, in the order the schema browser lists them. */
const publicTables = [
  'otel_traces',
  'otel_traces_trace_id_ts',
  'profile_samples',
  'profile_samples_by_span',
  'profile_stacks',
  'resource_context',
];

/** GET /api/schema → { tables: [{ name, comment, columns: [{ name, type, comment }] }] } */
export async function schemaApi(client: ClickHouseClient): Promise<ApiResult<SchemaResponse>> {
  const rs = await client.query({
    query: `SELECT t.name AS table, t.comment AS tableComment, c.name AS name, c.type AS type, c.comment AS comment
            FROM system.columns AS c INNER JOIN system.tables AS t ON c.database = t.database AND c.table = t.name
            WHERE c.database = currentDatabase() AND t.name IN {tables:Array(String)}
            ORDER BY t.name, c.position`,
    query_params: { tables: publicTables },
    format: 'JSONEachRow',
  });
  const rows = await rs.json<{
    table: string;
    tableComment: string;
    name: string;
    type: string;
    comment: string;
  }>();
  const tables = publicTables.map((name) => {
    const cols = rows.filter((r) => r.table === name);
    return {
      name,
      comment: cols[0]?.tableComment ?? '',
      columns: cols.map((c) => ({ name: c.name, type: c.type, comment: c.comment })),
    };
  });
  return ok({ tables: tables.filter((t) => t.columns.length > 0) });
}
