import 'server-only';
import {
  createClient,
  type ClickHouseClient,
  type ClickHouseClientConfigOptions,
} from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';
import { registerRawInserter } from './insert-raw';
import { fileInserter } from './insert-via-file';
import type { StoreConfig } from './store-config';

/** Settings every query runs with, on both engines. */
const commonSettings = {
  // 64-bit integers (nanosecond times, stack ids) must survive JSON output without rounding.
  output_format_json_quote_64bit_integers: 1,
  // Inserts return only once the rows are in a part: ingest acknowledges after this.
  async_insert: 0,
  // Tables are partitioned by day and ingest admits any time within retention (at most 3650
  // days, see store-config.ts), so one insert may touch that many days: a replay of old data
  // must not fail whole on the engine's default limit of 100 partitions per insert block.
  max_partitions_per_insert_block: '3700',
} as const;

/**
 * One client for the whole process. In embedded mode the engine binds one data directory per
 * process, so everything that touches the store (ingest, API, schema) must share this client.
 */
export async function createStoreClient(config: StoreConfig): Promise<ClickHouseClient> {
  if (config.mode === 'embedded') {
    const connection = createChdbConnection({ path: config.dataDir });
    const client = createClient({
      // chdb types its Connection against @clickhouse/client-common, which @clickhouse/client now
      // inlines: the same interface under two package names, so name it once here.
      connection: connection as unknown as ClickHouseClientConfigOptions['connection'],
      clickhouse_settings: commonSettings,
    });
    registerRawInserter(client, fileInserter(client));
    return client;
  }
  const base = {
    url: config.url,
    username: config.username,
    password: config.password,
    clickhouse_settings: commonSettings,
    request_timeout: 60_000,
    compression: { request: true, response: true },
  };
  if (config.database !== 'default') {
    const admin = createClient(base);
    try {
      await admin.command({ query: `CREATE DATABASE IF NOT EXISTS ${config.database}` });
    } finally {
      await admin.close();
    }
  }
  return createClient({ ...base, database: config.database });
}
