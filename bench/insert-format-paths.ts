/**
 * The ways the insert-format bench gets bytes into the embedded engine, side by side on one data
 * directory: the path ingest used before RowBinary (the chdb connection's raw insert, JSONCompactEachRow
 * only), the native raw insert on a second session of the same directory (which takes any input
 * format, RowBinary included), and `INSERT … SELECT FROM file()` over a file in /dev/shm.
 */
import { writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  createClient,
  type ClickHouseClient,
  type ClickHouseClientConfigOptions,
} from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';

const require = createRequire(import.meta.url);

/** Payloads of native inserts under way. */
const pinned = new Set<Buffer>();

interface NativeSession {
  connection: unknown;
  close(): void;
}
interface ChdbRoot {
  Session: new (path: string) => NativeSession;
}
interface ChdbNative {
  InsertRawAsyncConnection(
    connection: unknown,
    prefix: string,
    payload: Buffer,
    countLines: boolean,
  ): Promise<{ rowsWritten: number; elapsed: number }>;
}

export interface BenchStore {
  client: ClickHouseClient;
  /** The embedded path ingest used before RowBinary: the connection's rawInsert, JSON lines. */
  rawJson(table: string, columns: readonly string[], payload: Buffer): Promise<void>;
  /** The native raw insert on a second session, any FORMAT (the chdb wrapper allows text only). */
  nativeInsert(prefix: string, payload: Buffer): Promise<void>;
  /** Writes the payload to a tmpfs file and runs `INSERT … SELECT … FROM file()` over it. */
  fileInsert(
    table: string,
    columns: readonly string[],
    format: string,
    structure: string,
    payload: Buffer,
  ): Promise<void>;
  close(): Promise<void>;
}

export function openBenchStore(dataDir: string, shmFile: string): BenchStore {
  const connection = createChdbConnection({ path: dataDir });
  const client = createClient({
    connection: connection as unknown as ClickHouseClientConfigOptions['connection'],
    clickhouse_settings: { async_insert: 0, max_partitions_per_insert_block: '3700' },
  });
  const { Session } = require('chdb') as ChdbRoot;
  const native = require('@chdb/lib-linux-x64-gnu') as ChdbNative;
  const second = new Session(dataDir);
  return {
    client,
    async rawJson(table, columns, payload) {
      await connection.chdb.rawInsert({
        table,
        columns: [...columns],
        values: payload,
        format: 'JSONCompactEachRow',
      });
    },
    async nativeInsert(prefix, payload) {
      // The native call reads the buffer on a worker thread without holding a reference to it:
      // keep it reachable until the insert returns (chdb's own wrapper does the same), or the
      // collector may free it mid-read.
      pinned.add(payload);
      try {
        await native.InsertRawAsyncConnection(second.connection, prefix, payload, false);
      } finally {
        pinned.delete(payload);
      }
    },
    async fileInsert(table, columns, format, structure, payload) {
      writeFileSync(shmFile, payload);
      await client.command({
        query: `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM file('${shmFile}', '${format}', '${structure}')`,
      });
    },
    async close() {
      second.close();
      await client.close();
      rmSync(shmFile, { force: true });
    },
  };
}
