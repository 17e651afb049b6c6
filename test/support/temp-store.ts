import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import { applySchema } from '@/lib/clickhouse/apply-schema';
import { createStoreClient } from '@/lib/clickhouse/create-store-client';

export interface TempStore {
  client: ClickHouseClient;
  dataDir: string;
  close(): Promise<void>;
}

/** A fresh embedded store with the schema applied, in its own temporary directory. */
export async function openTempStore(ttlDays = 7): Promise<TempStore> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'traceprof-test-'));
  const client = await createStoreClient({ mode: 'embedded', dataDir, ttlDays });
  await applySchema(client, ttlDays);
  return {
    client,
    dataDir,
    async close() {
      await client.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a query and returns its rows (64-bit integers arrive as strings). */
export async function queryRows<T>(
  client: ClickHouseClient,
  query: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const rs = await client.query({ query, query_params: params, format: 'JSONEachRow' });
  return rs.json<T>();
}
