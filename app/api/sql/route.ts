import { answer, errorBody } from '@/lib/handlers/api-result';
import { sqlApi } from '@/lib/handlers/sql-handlers';
import { getSharedSqlSandbox } from '@/lib/clickhouse/shared-store';
import { toResponse } from '../_lib/respond';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json(errorBody('body must be JSON: { "query": "SELECT …" }'), { status: 400 });
  }
  return toResponse(await answer(async () => sqlApi(await getSharedSqlSandbox(), body)));
}
