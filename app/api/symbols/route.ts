import { symbolsApi } from '@/lib/handlers/symbol-handlers';
import { maxSymbolFileBytes } from '@/lib/symbols/symbol-limits';
import { readBody } from '../_lib/read-body';
import { respond } from '../_lib/respond';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return respond(async (client) => symbolsApi(client, await readBody(request, maxSymbolFileBytes)));
}
