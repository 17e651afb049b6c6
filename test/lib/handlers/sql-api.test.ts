import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { answer } from '@/lib/handlers/api-result';
import { schemaApi, sqlApi } from '@/lib/handlers/sql-handlers';
import { consoleLimits } from '@/lib/sql-console/console-limits';
import { SqlSandbox } from '@/lib/sql-console/sql-sandbox';
import { loadCorrelationFixture } from '@/test/support/correlation-fixture';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';
import { okBody, refusal } from '@/test/support/api-answer';

describe('POST /api/sql', () => {
  let store: TempStore;
  let sandbox: SqlSandbox;
  let strict: SqlSandbox;
  before(async () => {
    store = await openTempStore();
    await loadCorrelationFixture(store);
    const config = { mode: 'embedded' as const, dataDir: store.dataDir, ttlDays: 7 };
    sandbox = await SqlSandbox.open(config);
    // Small limits, to see each one cut a query quickly.
    strict = await SqlSandbox.open(config, {
      ...consoleLimits,
      maxResultRows: 5,
      maxRowsToRead: 1_000_000,
      maxExecutionSeconds: 1,
      maxMemoryBytes: 20 * 1024 * 1024,
    });
  });
  after(async () => {
    await sandbox.close();
    await strict.close();
    await store.close();
  });

  const run = (query: string, box = () => sandbox, format?: string) =>
    answer(() => sqlApi(box(), { query, ...(format ? { format } : {}) }));
  const ran = (query: string, box = () => sandbox) => okBody(() => sqlApi(box(), { query }));
  const refused = async (query: string, reason: RegExp, box = () => sandbox) => {
    const res = await run(query, box);
    assert.equal(res.status, 400, `${query} → ${JSON.stringify(res.body)}`);
    assert.match(res.body.error, reason, query);
  };

  it('answers columns with their types, rows, count and elapsed time', async () => {
    const body = await ran(
      'SELECT ServiceName AS service, count() AS spans FROM otel_traces GROUP BY service ORDER BY service',
    );
    assert.deepEqual(body.columns, [
      { name: 'service', type: 'LowCardinality(String)' },
      { name: 'spans', type: 'UInt64' },
    ]);
    assert.deepEqual(body.rows, [
      ['api', '3'],
      ['db', '1'],
    ]);
    assert.equal(body.rowCount, 2);
    assert.equal(body.truncated, false);
    assert.ok(body.elapsedMs >= 0);
  });

  it('refuses writes and DDL, and leaves the store as it was', async () => {
    const before = await queryRows<{ n: string }>(
      store.client,
      'SELECT count() AS n FROM otel_traces',
    );
    await refused("INSERT INTO otel_traces (SpanName) VALUES ('x')", /does not run Insert/);
    await refused('DROP TABLE otel_traces', /does not run Drop/);
    await refused('ALTER TABLE otel_traces DELETE WHERE 1', /does not run Alter/);
    await refused('TRUNCATE TABLE profile_samples', /does not run (Drop|Truncate)/);
    const after = await queryRows<{ n: string }>(
      store.client,
      'SELECT count() AS n FROM otel_traces',
    );
    assert.deepEqual(after, before);
  });

  it('refuses table functions that reach files, URLs and other servers', async () => {
    await refused("SELECT * FROM file('/etc/passwd', 'LineAsString')", /table function file/);
    await refused(
      "SELECT * FROM url('http://127.0.0.1:1/x', 'LineAsString')",
      /table function url/,
    );
    await refused("SELECT * FROM remote('127.0.0.1', system.one)", /table function remote/);
    await refused("SELECT * FROM executable('ls', 'TSV', 'x String')", /table function executable/);
  });

  it('refuses more than one statement and any change of settings', async () => {
    await refused('SELECT 1; SELECT 2', /One statement at a time/);
    await refused('SELECT 1 SETTINGS readonly = 0', /does not run SETTINGS/);
    await refused('SELECT 1 SETTINGS max_result_rows = 100000000', /does not run SETTINGS/);
    await refused('SET max_memory_usage = 0', /does not run Set statements/);
  });

  it('explains syntax errors and unknown tables in ClickHouse words', async () => {
    await refused('SELEC 1', /Syntax error/);
    await refused('SELECT * FROM no_such_table', /Unknown table/);
  });

  it('marks a result cut by the row limit as truncated', async () => {
    const body = await ran('SELECT number FROM numbers(100)', () => strict);
    assert.equal(body.rowCount, 5);
    assert.equal(body.truncated, true);
  });

  it('stops reading at the rows-read limit and says the answer is partial', async () => {
    const body = await ran('SELECT count() AS n FROM numbers(100000000)', () => strict);
    assert.equal(body.truncated, true);
    assert.ok(Number(body.rows[0]?.[0]) < 100_000_000);
  });

  it('refuses a query that needs more memory than allowed, then answers the next one correctly', async () => {
    await refused(
      'SELECT groupArray(toString(number)) FROM numbers(900000)',
      /more memory/,
      () => strict,
    );
    const body = await ran('SELECT 42 AS answer', () => strict);
    assert.deepEqual(body.rows, [[42]]);
    assert.deepEqual(body.columns, [{ name: 'answer', type: 'UInt8' }]);
  });

  it('answers CSV with a header when asked', async () => {
    const res = await run("SELECT 'a' AS x, 1 AS y", () => sandbox, 'csv');
    assert.equal(res.body, '"x","y"\n"a",1\n');
  });

  it('checks the body', async () => {
    const missing = await answer(() => sqlApi(sandbox, { nope: 1 }));
    assert.equal(missing.status, 400);
    const badFormat = await refusal(() => sqlApi(sandbox, { query: 'SELECT 1', format: 'xml' }));
    assert.match(badFormat.error, /format must be json or csv/);
  });

  it('lists the public tables and their commented columns', async () => {
    const { tables } = await okBody(() => schemaApi(store.client));
    assert.deepEqual(
      tables.map((t) => t.name),
      [
        'otel_traces',
        'otel_traces_trace_id_ts',
        'profile_samples',
        'profile_samples_by_span',
        'profile_stacks',
        'resource_context',
      ],
    );
    const samples = tables.find((t) => t.name === 'profile_samples');
    assert.match(samples?.comment ?? '', /sample hit/);
    assert.match(
      samples?.columns.find((c) => c.name === 'Value')?.comment ?? '',
      /Period nanoseconds/,
    );
  });
});
