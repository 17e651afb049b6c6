import { servicesApi } from '@/lib/handlers/explorer-handlers';
import { respond } from '../_lib/respond';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return respond((client) => servicesApi(client));
}
