import type { ClickHouseClient } from '@clickhouse/client';
import { createStoreClient } from '@/lib/clickhouse/create-store-client';
import { param, sql } from '@/lib/clickhouse/sql';

/** What the stopped server left in its data directory. */
export interface StoreMeasurement {
  rows: Record<string, number>;
  /** Active parts' bytes_on_disk per table, after OPTIMIZE ... FINAL. */
  bytesOnDisk: Record<string, number>;
  /** profile_samples bytes_on_disk before the OPTIMIZE, as ingest left it. */
  samplesBytesBeforeOptimize: number;
  /** Compressed bytes per column of profile_samples, largest first. */
  sampleColumns: { name: string; bytes: number }[];
  /** INSERT INTO copy SELECT * FROM profile_samples: rows and seconds. */
  engineInsert: { rows: number; seconds: number };
}

const tables = [
  'otel_traces',
  'profile_samples',
  'profile_samples_by_span',
  'profile_stacks',
  'resource_context',
];
/** Tables merged before measuring: the profile tables whose size the goals are about. */
const optimized = ['profile_samples', 'profile_samples_by_span', 'profile_stacks'];
const copyTable = 'bench_profile_samples_copy';

async function rowsOf<T>(
  client: ClickHouseClient,
  q: { query: string; query_params?: Record<string, unknown> },
): Promise<T[]> {
  const rs = await client.query({ ...q, format: 'JSONEachRow' });
  return rs.json<T>();
}

async function partBytes(client: ClickHouseClient): Promise<Record<string, number>> {
  const rows = await rowsOf<{ table: string; bytes: string }>(
    client,
    sql`SELECT table, toString(sum(bytes_on_disk)) AS bytes FROM system.parts
        WHERE active AND database = currentDatabase() AND table IN ${param('Array(String)', tables)}
        GROUP BY table`,
  );
  return Object.fromEntries(rows.map((r) => [r.table, Number(r.bytes)]));
}

async function rowCounts(client: ClickHouseClient): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    // Identifiers come from the fixed list above; FINAL folds re-written stacks and context rows.
    const final = t === 'profile_stacks' || t === 'resource_context' ? ' FINAL' : '';
    const [r] = await rowsOf<{ n: string }>(client, {
      query: `SELECT toString(count()) AS n FROM ${t}${final}`,
    });
    out[t] = Number(r?.n ?? 0);
  }
  return out;
}

async function sampleColumns(client: ClickHouseClient): Promise<{ name: string; bytes: number }[]> {
  const rows = await rowsOf<{ name: string; bytes: string }>(
    client,
    sql`SELECT name, toString(data_compressed_bytes) AS bytes FROM system.columns
        WHERE database = currentDatabase() AND table = ${param('String', 'profile_samples')}
        ORDER BY data_compressed_bytes DESC`,
  );
  return rows.map((r) => ({ name: r.name, bytes: Number(r.bytes) }));
}

/** The engine's own insert rate for these rows, with no Node, JSON or gRPC in the way. */
async function timeEngineInsert(
  client: ClickHouseClient,
): Promise<{ rows: number; seconds: number }> {
  await client.command({ query: `CREATE TABLE ${copyTable} AS profile_samples` });
  const t0 = performance.now();
  await client.command({ query: `INSERT INTO ${copyTable} SELECT * FROM profile_samples` });
  const seconds = (performance.now() - t0) / 1000;
  const [r] = await rowsOf<{ n: string }>(client, {
    query: `SELECT toString(count()) AS n FROM ${copyTable}`,
  });
  await client.command({ query: `DROP TABLE ${copyTable}` });
  return { rows: Number(r?.n ?? 0), seconds };
}

/**
 * Opens the stopped server's data directory (never while the server runs: one binder per dir).
 * `readFirst` runs further queries on the same client, on the store as ingest left it.
 */
export async function measureStore(
  dataDir: string,
  readFirst?: (client: ClickHouseClient) => Promise<void>,
): Promise<StoreMeasurement> {
  const client = await createStoreClient({ mode: 'embedded', dataDir, ttlDays: 7 });
  try {
    await readFirst?.(client);
    const rows = await rowCounts(client);
    const samplesBytesBeforeOptimize = (await partBytes(client)).profile_samples ?? 0;
    for (const t of optimized) await client.command({ query: `OPTIMIZE TABLE ${t} FINAL` });
    const bytesOnDisk = await partBytes(client);
    const columns = await sampleColumns(client);
    const engineInsert = await timeEngineInsert(client);
    return { rows, bytesOnDisk, samplesBytesBeforeOptimize, sampleColumns: columns, engineInsert };
  } finally {
    await client.close();
  }
}
