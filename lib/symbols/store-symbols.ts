import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { insertRaw, jsonLines, jsonTarget } from '../clickhouse/insert-raw';
import { param, sql } from '../clickhouse/sql';
import { readElfSymbols } from './elf-reader';
import { fileDigest, symbolFileIds } from './symbol-file-ids';

/** Where a file's symbols came from, as symbol_files records it. */
export type SymbolSource = { kind: 'upload' } | { kind: 'local'; path: string };

/** What storing a file did: the ids its symbols are under, how many, and whether any was new. */
export interface StoredSymbols {
  buildIds: string[];
  symbols: number;
  /** False when this file was already stored under every one of its ids. */
  stored: boolean;
}

/** Rows per insert: a large binary has hundreds of thousands of functions. */
const rowsPerInsert = 50_000;

const symbolsTarget = jsonTarget('symbols', ['BuildId', 'Start', 'Size', 'Name']);
const symbolFilesTarget = jsonTarget('symbol_files', [
  'BuildId',
  'FileDigest',
  'Source',
  'Path',
  'Symbols',
]);

/**
 * Reads an ELF file's function symbols and stores them under each build id a frame of it can
 * carry (symbol-file-ids.ts), unless this very file (by digest) is already stored under that id.
 * The symbols are written before the symbol_files row that records them, so a store interrupted
 * in between is completed by the next upload. Throws ElfError for a file that is not a readable
 * ELF file, before anything is written.
 */
export async function storeSymbols(
  client: ClickHouseClient,
  bytes: Uint8Array,
  source: SymbolSource,
): Promise<StoredSymbols> {
  const elf = readElfSymbols(bytes);
  const buildIds = symbolFileIds(bytes, elf);
  const digest = fileDigest(bytes);
  const rs = await client.query({
    ...sql`SELECT DISTINCT BuildId FROM symbol_files
           WHERE BuildId IN ${param('Array(String)', buildIds)} AND FileDigest = ${param('String', digest)}`,
    format: 'JSONEachRow',
  });
  const done = new Set((await rs.json<{ BuildId: string }>()).map((r) => r.BuildId));
  const fresh = buildIds.filter((id) => !done.has(id));
  const count = elf.functions.length;
  if (fresh.length > 0 && count > 0) {
    for (const id of fresh) {
      for (let i = 0; i < count; i += rowsPerInsert) {
        const lines = elf.functions
          .slice(i, i + rowsPerInsert)
          .map((f) => JSON.stringify([id, f.start.toString(), f.size.toString(), f.name]));
        await insertRaw(client, symbolsTarget, jsonLines(lines).payload);
      }
    }
    const path = source.kind === 'local' ? source.path : '';
    const records = fresh.map((id) => JSON.stringify([id, digest, source.kind, path, count]));
    await insertRaw(client, symbolFilesTarget, jsonLines(records).payload);
  }
  return { buildIds, symbols: count, stored: fresh.length > 0 && count > 0 };
}
