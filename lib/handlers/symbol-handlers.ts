import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import type { SymbolsResponse } from '../contract/responses';
import { ElfError } from '../symbols/elf-reader';
import { storeSymbols } from '../symbols/store-symbols';
import { BadRequest, ok, type ApiResult } from './api-result';

/**
 * POST /api/symbols with an ELF file (executable, library or its debug file) as the raw body →
 * { buildIds, symbols, stored }: its function symbols, stored under each build id its frames can
 * carry. A body that is not a readable ELF file is 400 with what was wrong, and nothing is stored.
 */
export async function symbolsApi(
  client: ClickHouseClient,
  body: Uint8Array,
): Promise<ApiResult<SymbolsResponse>> {
  if (body.length === 0) {
    throw new BadRequest('the body is empty: send the ELF file (or its debug file) as the body');
  }
  try {
    return ok(await storeSymbols(client, body, { kind: 'upload' }));
  } catch (e) {
    if (e instanceof ElfError)
      throw new BadRequest(`the body is not a readable ELF file: ${e.message}`);
    throw e;
  }
}
