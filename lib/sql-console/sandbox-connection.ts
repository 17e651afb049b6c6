import 'server-only';
import type { ClickHouseClientConfigOptions } from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';

/** A second embedded session on the store's data directory: its own settings, same data. */
export function createSandboxConnection(
  dataDir: string,
): ClickHouseClientConfigOptions['connection'] {
  // Same interface under two package names (see create-store-client.ts).
  return createChdbConnection({
    path: dataDir,
  }) as unknown as ClickHouseClientConfigOptions['connection'];
}
