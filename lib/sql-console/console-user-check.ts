import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import type { StoreConfig } from '../clickhouse/store-config';

/** One row of `system.grants` for the console's user or its roles. */
export interface GrantRow {
  access_type: string;
  database: string | null;
  table: string | null;
  is_partial_revoke: number;
}

/**
 * What the console's ClickHouse user may do beyond reading the store: each grant other than
 * SELECT on the store's database, in words. Empty when it reads the store and nothing else.
 */
export function grantWarnings(grants: GrantRow[], database: string): string[] {
  return grants
    .filter((g) => g.is_partial_revoke === 0)
    .filter((g) => !(g.access_type === 'SELECT' && g.database === database))
    .map(
      (g) =>
        `the SQL console's ClickHouse user has ${g.access_type} on ${g.database ?? '*'}.${g.table ?? '*'}; it needs only SELECT on ${database}.* (npm run console-user prints the statements)`,
    );
}

/**
 * Warnings for the operator at start, in server mode: the console shares the store's user, or
 * its own user may do more than read the store.
 */
export async function consoleUserWarnings(
  client: ClickHouseClient,
  config: StoreConfig,
): Promise<string[]> {
  if (config.mode !== 'server') return [];
  if (!config.console) {
    return [
      "the SQL console uses the store's own ClickHouse user (CLICKHOUSE_USER); give it a read-only user of its own with CLICKHOUSE_CONSOLE_USER and CLICKHOUSE_CONSOLE_PASSWORD (npm run console-user prints the statements)",
    ];
  }
  try {
    const rs = await client.query({
      query: `SELECT access_type, database, table, is_partial_revoke FROM system.grants
              WHERE user_name = currentUser()
                 OR role_name IN (SELECT granted_role_name FROM system.role_grants WHERE user_name = currentUser())`,
      format: 'JSONEachRow',
    });
    return grantWarnings(await rs.json<GrantRow>(), config.database);
  } catch (e) {
    return [`could not read the SQL console user's grants: ${(e as Error).message}`];
  }
}
