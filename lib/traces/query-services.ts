import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from '../clickhouse/sql';

/** Services that sent spans in the retention window, by name. */
export async function queryServices(client: ClickHouseClient): Promise<string[]> {
  const rs = await client.query({
    query: 'SELECT DISTINCT ServiceName AS name FROM otel_traces ORDER BY name LIMIT 10000',
    format: 'JSONEachRow',
  });
  return (await rs.json<{ name: string }>()).map((r) => r.name);
}

/** Operation (span) names of one service, or of all services. */
export async function queryOperations(
  client: ClickHouseClient,
  service: string | undefined,
): Promise<string[]> {
  const q =
    service === undefined
      ? sql`SELECT DISTINCT SpanName AS name FROM otel_traces ORDER BY name LIMIT 10000`
      : sql`SELECT DISTINCT SpanName AS name FROM otel_traces
            WHERE ServiceName = ${param('String', service)} ORDER BY name LIMIT 10000`;
  const rs = await client.query({ ...q, format: 'JSONEachRow' });
  return (await rs.json<{ name: string }>()).map((r) => r.name);
}
