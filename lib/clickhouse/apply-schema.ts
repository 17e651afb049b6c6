import 'server-only';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from './sql';

/** The numbered DDL files, applied in order: schema/clickhouse/NNNN_name.sql. */
const schemaDir = fileURLToPath(new URL('../../schema/clickhouse/', import.meta.url));

/** Tables with a TTL and the time expression it counts from, to follow TRACEPROF_TTL_DAYS changes. */
const ttlColumns: Record<string, string> = {
  otel_traces: 'toDateTime(Timestamp)',
  otel_traces_trace_id_ts: 'toDateTime(Start)',
  profile_stacks: 'LastSeen',
  profile_samples: 'toDateTime(Timestamp)',
  profile_samples_by_span: 'toDateTime(Timestamp)',
  resource_context: 'LastSeen',
};

/** One numbered schema file. */
export interface SchemaFile {
  /** The number the file name starts with; files apply in ascending order. */
  version: number;
  name: string;
  /** SHA-256 of the file as written (before the TTL is filled in), to notice edited migrations. */
  checksum: string;
  /** Statements, with {{ttl_days}} still in them. */
  statements: string[];
}

export async function readSchemaFiles(): Promise<SchemaFile[]> {
  const names = (await readdir(schemaDir)).filter((n) => /^\d{4}_[a-z0-9_]+\.sql$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(schemaDir + name, 'utf8');
      return {
        version: Number(name.slice(0, 4)),
        name,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    }),
  );
}

/** Splits a DDL file at semicolons that end a line; our DDL has none inside strings. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('--'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s !== '');
}

/** What applySchema did, for the start-up log. */
export interface SchemaReport {
  applied: string[];
  ttlChanged: string[];
}

/**
 * Brings the store's schema up to date: applies each numbered file not yet recorded in
 * schema_migrations (every statement is IF NOT EXISTS, so a file interrupted half-way is safe to
 * re-run), records it, and moves table TTLs to the configured number of days.
 */
export async function applySchema(
  client: ClickHouseClient,
  ttlDays: number,
): Promise<SchemaReport> {
  if (!Number.isInteger(ttlDays) || ttlDays < 1) throw new Error(`bad TTL days: ${ttlDays}`);
  await client.command({
    query: `CREATE TABLE IF NOT EXISTS schema_migrations
      (Version UInt32, Name String, Checksum String, AppliedAt DateTime DEFAULT now())
      ENGINE = ReplacingMergeTree ORDER BY Version`,
  });
  const done = await client.query({
    query: 'SELECT Version, Checksum FROM schema_migrations FINAL',
    format: 'JSONEachRow',
  });
  const applied = new Map(
    (await done.json<{ Version: number; Checksum: string }>()).map((r) => [r.Version, r.Checksum]),
  );
  const report: SchemaReport = { applied: [], ttlChanged: [] };
  for (const file of await readSchemaFiles()) {
    if (applied.has(file.version)) continue;
    for (const statement of file.statements) {
      await client.command({ query: statement.replaceAll('{{ttl_days}}', String(ttlDays)) });
    }
    await client.insert({
      table: 'schema_migrations',
      values: [{ Version: file.version, Name: file.name, Checksum: file.checksum }],
      format: 'JSONEachRow',
    });
    report.applied.push(file.name);
  }
  report.ttlChanged = await alignTtls(client, ttlDays);
  return report;
}

async function alignTtls(client: ClickHouseClient, ttlDays: number): Promise<string[]> {
  const rs = await client.query({
    ...sql`SELECT name, engine_full FROM system.tables
           WHERE database = currentDatabase() AND name IN ${param('Array(String)', Object.keys(ttlColumns))}`,
    format: 'JSONEachRow',
  });
  const changed: string[] = [];
  for (const { name, engine_full } of await rs.json<{ name: string; engine_full: string }>()) {
    const expr = ttlColumns[name];
    if (!expr || engine_full.includes(`toIntervalDay(${ttlDays})`)) continue;
    // Identifiers come from our own table list above, never from input.
    await client.command({
      query: `ALTER TABLE ${name} MODIFY TTL ${expr} + toIntervalDay(${ttlDays})`,
    });
    changed.push(name);
  }
  return changed;
}
