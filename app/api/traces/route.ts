import { tracesApi } from '@/lib/handlers/explorer-handlers';
import { respond } from '../_lib/respond';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return respond((client) => tracesApi(client, new URL(request.url).searchParams));
}
