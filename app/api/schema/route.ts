import { schemaApi } from '@/lib/handlers/sql-handlers';
import { respond } from '../_lib/respond';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return respond((client) => schemaApi(client));
}
