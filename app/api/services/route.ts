import { servicesApi } from '../../../lib/api/explorer-api';
import { respond } from '../_lib/respond';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return respond((client) => servicesApi(client));
}
