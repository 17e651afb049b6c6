import 'server-only';
import { Readable } from 'node:stream';
import type { ClickHouseClient } from '@clickhouse/client';

/** Inserts rows already encoded as JSONCompactEachRow lines. */
type RawInserter = (table: string, columns: readonly string[], payload: Buffer) => Promise<void>;

/** The embedded connection's own insert path, registered by createStoreClient per client. */
const inserters = new WeakMap<ClickHouseClient, RawInserter>();

export function registerRawInserter(client: ClickHouseClient, inserter: RawInserter): void {
  inserters.set(client, inserter);
}

/**
 * Inserts pre-encoded JSONCompactEachRow rows: the embedded engine takes the buffer without copying
 * it through strings, a server gets it as the HTTP body. Identifiers come from our own row
 * modules, never from input.
 */
export async function insertRaw(
  client: ClickHouseClient,
  table: string,
  columns: readonly string[],
  payload: Buffer,
): Promise<void> {
  const embedded = inserters.get(client);
  if (embedded) {
    await embedded(table, columns, payload);
    return;
  }
  const result = await client.exec({
    query: `INSERT INTO ${table} (${columns.join(', ')}) FORMAT JSONCompactEachRow`,
    values: Readable.from([payload], { objectMode: false }),
  });
  result.stream.destroy();
}
