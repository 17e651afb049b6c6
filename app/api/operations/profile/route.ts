import { operationProfileApi } from '@/lib/handlers/explorer-handlers';
import { respond } from '@/app/api/_lib/respond';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return respond((client) => operationProfileApi(client, new URL(request.url).searchParams));
}
