import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from '@/lib/clickhouse/sql';
import { idPrefixHex, requestOfSpanId } from './distinct-trace-requests';

/**
 * Distinct stored spans per overload request index, read from the stopped server's store: the
 * request index is in every span id (distinct-trace-requests.ts), so no span of another phase counts.
 */
export async function storedSpansByRequest(client: ClickHouseClient): Promise<Map<number, number>> {
  const rs = await client.query({
    ...sql`SELECT any(SpanId) AS id, toString(uniqExact(SpanId)) AS spans FROM otel_traces
           WHERE startsWith(SpanId, ${param('String', idPrefixHex('overload'))}) AND length(SpanId) = 16
           GROUP BY substring(SpanId, 1, 12)`,
    format: 'JSONEachRow',
  });
  const out = new Map<number, number>();
  for (const row of await rs.json<{ id: string; spans: string }>()) {
    const index = requestOfSpanId(row.id, 'overload');
    if (index !== undefined) out.set(index, Number(row.spans));
  }
  return out;
}
