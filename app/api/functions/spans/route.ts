import { spansRunningFunctionApi } from '@/lib/handlers/explorer-handlers';
import { respond } from '@/app/api/_lib/respond';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return respond((client) => spansRunningFunctionApi(client, new URL(request.url).searchParams));
}
