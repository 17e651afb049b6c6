import type { ClickHouseClient } from '@clickhouse/client';
import { answer, type ApiResult } from '@/lib/handlers/api-result';
import { getSharedStore } from '@/lib/clickhouse/shared-store';

/** An API handler's result as the HTTP answer: JSON, or a file download. */
export function toResponse<T>(result: ApiResult<T>): Response {
  if (result.download) {
    const { body, download } = result;
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
      headers: {
        'content-type': download.contentType,
        'content-disposition': `attachment; filename="${download.filename}"`,
        'cache-control': 'no-store',
      },
    });
  }
  return Response.json(result.body, {
    status: result.status,
    headers: { 'cache-control': 'no-store' },
  });
}

/** Runs an API handler against the process's store and answers; the adapter every route uses. */
export async function respond<T>(
  handler: (client: ClickHouseClient) => Promise<ApiResult<T>>,
): Promise<Response> {
  return toResponse(await answer(async () => handler(await getSharedStore())));
}

/** The path parameters of every `/api/traces/<traceId>/spans/<spanId>/…` route. */
interface SpanRouteContext {
  params: Promise<{ traceId: string; spanId: string }>;
}

/** The GET of a span route: the handler gets the ids as written in the path and the query. */
export function spanRoute<T>(
  handler: (
    client: ClickHouseClient,
    traceId: string,
    spanId: string,
    query: URLSearchParams,
  ) => Promise<ApiResult<T>>,
): (request: Request, context: SpanRouteContext) => Promise<Response> {
  return async (request, { params }) => {
    const { traceId, spanId } = await params;
    const query = new URL(request.url).searchParams;
    return respond((client) => handler(client, traceId, spanId, query));
  };
}
