import type { ClickHouseClient } from '@clickhouse/client';
import { answer, type ApiResult } from '../../../lib/api/api-result';
import { getSharedStore } from '../../../lib/clickhouse/shared-store';

/** Runs an API handler against the process's store and answers JSON; the adapter every route uses. */
export async function respond(
  handler: (client: ClickHouseClient) => Promise<ApiResult>,
): Promise<Response> {
  const result = await answer(async () => handler(await getSharedStore()));
  return Response.json(result.body, {
    status: result.status,
    headers: { 'cache-control': 'no-store' },
  });
}
