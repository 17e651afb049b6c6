import { answer, errorBody } from '../../../lib/api/api-result';
import { sqlApi } from '../../../lib/api/sql-api';
import { getSharedSqlSandbox } from '../../../lib/clickhouse/shared-store';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json(errorBody('body must be JSON: { "query": "SELECT …" }'), { status: 400 });
  }
  const result = await answer(async () => sqlApi(await getSharedSqlSandbox(), body));
  if (result.status === 200 && typeof result.body === 'string') {
    return new Response(result.body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="traceprof-query.csv"',
      },
    });
  }
  return Response.json(result.body, {
    status: result.status,
    headers: { 'cache-control': 'no-store' },
  });
}
