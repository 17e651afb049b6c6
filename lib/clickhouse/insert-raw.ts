import 'server-only';
import { Readable } from 'node:stream';
import type { ClickHouseClient } from '@clickhouse/client';

/** The input formats our own encoders write: JSON lines, or RowBinary from ingest/rows. */
export type InsertFormat = 'JSONCompactEachRow' | 'RowBinary';

/** Where encoded rows go: a table, the columns each row holds in order, and their format. */
export interface InsertTarget {
  readonly table: string;
  readonly columns: readonly string[];
  readonly format: InsertFormat;
  /**
   * The payload's columns and types as the embedded engine reads them from a file (`name Type,
   * …`), when they should differ from the table's: RowBinary reads LowCardinality(T) faster as
   * plain T, and the insert converts. Absent: the table's own types.
   */
  readonly structure?: string;
}

/** A table written as JSONCompactEachRow lines. */
export function jsonTarget(table: string, columns: readonly string[]): InsertTarget {
  return { table, columns, format: 'JSONCompactEachRow' };
}

/** Rows already encoded in their target's format, and how many there are. */
export interface EncodedRows {
  readonly rows: number;
  readonly payload: Buffer;
}

/** JSONCompactEachRow lines (each a JSON array of one row's values) as one payload. */
export function jsonLines(lines: readonly string[]): EncodedRows {
  return {
    rows: lines.length,
    payload: Buffer.from(lines.length === 0 ? '' : `${lines.join('\n')}\n`),
  };
}

/** The embedded engine's own insert path, registered by createStoreClient per client. */
type RawInserter = (target: InsertTarget, payload: Buffer) => Promise<void>;

const inserters = new WeakMap<ClickHouseClient, RawInserter>();

export function registerRawInserter(client: ClickHouseClient, inserter: RawInserter): void {
  inserters.set(client, inserter);
}

/**
 * Inserts rows encoded in `target.format`: the embedded engine reads them through its registered
 * inserter (see insert-via-file.ts), a server gets them as the HTTP body with the matching
 * FORMAT. Identifiers come from our own row modules, never from input.
 */
export async function insertRaw(
  client: ClickHouseClient,
  target: InsertTarget,
  payload: Buffer,
): Promise<void> {
  const embedded = inserters.get(client);
  if (embedded) {
    await embedded(target, payload);
    return;
  }
  const result = await client.exec({
    query: `INSERT INTO ${target.table} (${target.columns.join(', ')}) FORMAT ${target.format}`,
    values: Readable.from([payload], { objectMode: false }),
  });
  result.stream.destroy();
}
