import path from 'node:path';

/** Where the store lives: the embedded engine in this process, or a ClickHouse server over HTTP. */
export type StoreConfig =
  | {
      mode: 'embedded';
      /** Data directory the embedded engine binds (one per process). */
      dataDir: string;
      /** Days of data kept by the tables' TTL. */
      ttlDays: number;
    }
  | {
      mode: 'server';
      /** Base URL of the ClickHouse HTTP interface, e.g. http://clickhouse:8123. */
      url: string;
      username: string;
      password: string;
      /** Database that holds traceprof's tables; created when missing. */
      database: string;
      /**
       * The SQL console's own ClickHouse user (read-only profile, SELECT on `database` only; see
       * lib/sql-console/console-user-sql.ts); undefined when it shares the store's user.
       */
      console: { username: string; password: string } | undefined;
      ttlDays: number;
    };

/**
 * Environment variables: CLICKHOUSE_URL, CLICKHOUSE_USER, CLICKHOUSE_PASSWORD, CLICKHOUSE_DATABASE,
 * TRACEPROF_DATA_DIR, TRACEPROF_TTL_DAYS (see the README's configuration table).
 */
export type StoreEnv = Readonly<Record<string, string | undefined>>;

/** Reads the store configuration from the environment; throws with the variable's name when one is malformed. */
export function storeConfigFromEnv(env: StoreEnv): StoreConfig {
  const ttlDays = parseTtlDays(env['TRACEPROF_TTL_DAYS']);
  const url = env['CLICKHOUSE_URL']?.trim();
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`CLICKHOUSE_URL is not a URL: ${url}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new Error(`CLICKHOUSE_URL must be http:// or https://, got ${parsed.protocol}`);
    }
    const database = env['CLICKHOUSE_DATABASE']?.trim() || 'default';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) {
      throw new Error(`CLICKHOUSE_DATABASE must be a plain identifier, got ${database}`);
    }
    return {
      mode: 'server',
      url,
      username: env['CLICKHOUSE_USER'] ?? 'default',
      password: env['CLICKHOUSE_PASSWORD'] ?? '',
      database,
      console: env['CLICKHOUSE_CONSOLE_USER']
        ? {
            username: env['CLICKHOUSE_CONSOLE_USER'],
            password: env['CLICKHOUSE_CONSOLE_PASSWORD'] ?? '',
          }
        : undefined,
      ttlDays,
    };
  }
  return { mode: 'embedded', dataDir: path.resolve(env['TRACEPROF_DATA_DIR'] || 'data'), ttlDays };
}

function parseTtlDays(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 7;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new Error(
      `TRACEPROF_TTL_DAYS must be a whole number of days between 1 and 3650, got ${raw}`,
    );
  }
  return days;
}
