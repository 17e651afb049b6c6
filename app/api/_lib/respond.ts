import type { ClickHouseClient } from '@clickhouse/client';
import { answer, type ApiResult } from '../../../lib/api/api-result';
import { getSharedStore } from '../../../lib/clickhouse/shared-store';

/** Runs an API handler against the process's store and answers JSON; the adapter every route uses. */
export async function respond(
  handler: (client: ClickHouseClient) => Promise<ApiResult>,
): Promise<Response> {
  const result = await answer(async () => handler(await getSharedStore()));
  if (result.download && (typeof result.body === 'string' || result.body instanceof Uint8Array)) {
    return new Response(
      typeof result.body === 'string' ? result.body : new Uint8Array(result.body),
      {
        headers: {
          'content-type': result.download.contentType,
          'content-disposition': `attachment; filename="${result.download.filename}"`,
          'cache-control': 'no-store',
        },
      },
    );
  }
  return Response.json(result.body, {
    status: result.status,
    headers: { 'cache-control': 'no-store' },
  });
}
