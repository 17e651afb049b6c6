import { spansRunningFunctionApi } from '../../../../lib/api/explorer-api';
import { respond } from '../../_lib/respond';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return respond((client) => spansRunningFunctionApi(client, new URL(request.url).searchParams));
}
