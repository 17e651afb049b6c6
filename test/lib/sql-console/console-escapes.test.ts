import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { answer, type ApiResult } from '@/lib/handlers/api-result';
import { spansApi, spansRunningFunctionApi } from '@/lib/handlers/explorer-handlers';
import { sqlApi } from '@/lib/handlers/sql-handlers';
import { spanContextApi, spanProfileApi, traceApi } from '@/lib/handlers/trace-handlers';
import { SqlSandbox } from '@/lib/sql-console/sql-sandbox';
import { exampleQueries } from '@/components/sql/example-queries';
import {
  loadCorrelationFixture,
  type CorrelationFixture,
} from '@/test/support/correlation-fixture';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';
import { okBody } from '@/test/support/api-answer';
import { escapeCorpus, fillEscape } from './escape-corpus';

/**
 * The console's escapes, each with witnesses that show nothing happened: a canary file whose
 * content must never come back, a folder in which no file may appear, and a listener on
 * 127.0.0.1 that must see no connection. A control at the end shows that each witness does see
 * the engine act when the console's checks are not in the way.
 */
describe('the SQL console refuses every escape of its corpus', () => {
  let store: TempStore;
  let sandbox: SqlSandbox;
  let fx: CorrelationFixture;
  let witnessDir = '';
  let canary = '';
  let outDir = '';
  const secret = `canary-${randomUUID()}`;
  let listener: Server;
  let port = 0;
  let connections = 0;
  const answers: string[] = [];

  before(async () => {
    store = await openTempStore();
    fx = await loadCorrelationFixture(store);
    sandbox = await SqlSandbox.open({ mode: 'embedded', dataDir: store.dataDir, ttlDays: 7 });
    witnessDir = mkdtempSync(path.join(tmpdir(), 'traceprof-witness-'));
    canary = path.join(witnessDir, 'canary.txt');
    writeFileSync(canary, `${secret}\n`);
    outDir = path.join(witnessDir, 'out');
    mkdirSync(outDir);
    listener = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const address = listener.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  after(async () => {
    await sandbox.close();
    await store.close();
    await new Promise((resolve) => listener.close(resolve));
    rmSync(witnessDir, { recursive: true, force: true });
  });

  const run = async (query: string) => {
    const res = await answer(() => sqlApi(sandbox, { query }));
    answers.push(JSON.stringify(res.body));
    return res;
  };

  for (const [family, escapes] of Object.entries(escapeCorpus)) {
    it(`refuses ${family}, naming what it refused`, async () => {
      for (const escape of escapes) {
        const sql = fillEscape(escape.sql, { canary, dir: outDir, port });
        const res = await run(sql);
        assert.equal(res.status, 400, `${sql} → ${JSON.stringify(res.body)}`);
        assert.match(res.body.error, escape.refused, sql);
      }
    });
  }

  it('left every witness untouched', () => {
    assert.equal(
      answers.filter((a) => a.includes(secret)).length,
      0,
      "no answer held the canary file's content",
    );
    assert.deepEqual(readdirSync(outDir), [], 'no file appeared in the output folder');
    assert.equal(connections, 0, 'the listener saw no connection');
  });

  it("still runs the console's examples, every panel's Show SQL and joins of spans and samples", async () => {
    const from = String(Date.now() - 3_600_000);
    const q = (o: Record<string, string>) => new URLSearchParams(o);
    const shown: string[] = [];
    const sqlOf = async <T extends object>(call: () => Promise<ApiResult<T>>) => {
      const body = await okBody(call);
      if ('sql' in body && typeof body.sql === 'string') shown.push(body.sql);
    };
    await sqlOf(() => spansApi(store.client, q({ from })));
    await sqlOf(() => spansRunningFunctionApi(store.client, q({ function: 'a', from })));
    await sqlOf(() => traceApi(store.client, fx.traceId));
    for (const scope of ['span', 'descendants', 'trace']) {
      for (const tier of ['exact', 'label', 'thread', 'process']) {
        for (const id of Object.values(fx.ids)) {
          await sqlOf(() => spanProfileApi(store.client, fx.traceId, id, q({ scope, tier })));
        }
      }
    }
    await sqlOf(() => spanContextApi(store.client, fx.traceId, fx.ids.c2));
    assert.ok(shown.length >= 8, `Show SQL queries collected: ${shown.length}`);
    const ordinary = [
      ...exampleQueries.map((e) => e.sql),
      ...shown,
      `SELECT t.SpanName, count() AS samples FROM otel_traces AS t
       INNER JOIN profile_samples_by_span AS p ON p.SpanId = t.SpanId GROUP BY t.SpanName`,
      'SELECT name, engine FROM system.tables WHERE database = currentDatabase()',
      'SELECT quantiles(0.5, 0.9)(Duration), uniqExactIf(SpanId, Duration > 0) FROM otel_traces',
      'SHOW TABLES',
      'DESCRIBE TABLE otel_traces',
      'EXPLAIN SELECT count() FROM profile_samples',
      "SELECT 1 /*; SELECT file('x') */ AS harmless",
      "SELECT 'a'';SELECT file(''x'')' AS quoted",
    ];
    for (const sql of ordinary) {
      const res = await run(sql);
      assert.equal(res.status, 200, `${sql}\n→ ${JSON.stringify(res.body)}`);
    }
  });

  it('controls: each witness sees the engine act when nothing checks the statement', async () => {
    const read = await queryRows<{ c: string }>(store.client, `SELECT file({f:String}) AS c`, {
      f: canary,
    });
    assert.equal(read[0]?.c.trim(), secret, 'the engine can read the canary');
    await store.client
      .query({ query: `SELECT * FROM url('http://127.0.0.1:${port}/x', 'LineAsString')` })
      .then((r) => r.text())
      .catch(() => undefined);
    assert.ok(connections > 0, 'the listener sees a connection from the engine');
    await store.client
      .exec({ query: `SELECT 'x' INTO OUTFILE '${path.join(outDir, 'control.txt')}'` })
      .then((r) => {
        r.stream.resume();
      });
    assert.deepEqual(
      readdirSync(outDir),
      ['control.txt'],
      'the folder sees a file the engine writes',
    );
  });
});
