import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { answer, type ApiResult } from '@/lib/handlers/api-result';
import {
  operationsApi,
  servicesApi,
  spansApi,
  spansRunningFunctionApi,
  tracesApi,
} from '@/lib/handlers/explorer-handlers';
import { sqlApi } from '@/lib/handlers/sql-handlers';
import { spanContextApi, spanProfileApi, traceApi } from '@/lib/handlers/trace-handlers';
import { SqlSandbox } from '@/lib/sql-console/sql-sandbox';
import {
  loadCorrelationFixture,
  type CorrelationFixture,
} from '@/test/support/correlation-fixture';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import { randomId } from '@/test/support/trace-request';
import { okBody, refusal } from '@/test/support/api-answer';

describe('API handlers', () => {
  let store: TempStore;
  let fx: CorrelationFixture;
  before(async () => {
    store = await openTempStore();
    fx = await loadCorrelationFixture(store);
  });
  after(() => store.close());

  const q = (o: Record<string, string>) => new URLSearchParams(o);
  const call = <T>(run: () => Promise<ApiResult<T>>) => answer(run);

  it('lists services and operations', async () => {
    assert.deepEqual((await call(() => servicesApi(store.client))).body, {
      services: ['api', 'db'],
    });
    assert.deepEqual((await call(() => operationsApi(store.client, q({ service: 'db' })))).body, {
      operations: ['query'],
    });
  });

  it('searches spans, says when more matched than the limit, and refuses bad filters with a message', async () => {
    const from = String(Date.now() - 3_600_000);
    const all = await okBody(() => spansApi(store.client, q({ from })));
    assert.equal(all.spans.length, 4);
    assert.equal(all.truncated, false);
    const two = await okBody(() => spansApi(store.client, q({ from, limit: '2' })));
    assert.equal(two.spans.length, 2);
    assert.equal(two.truncated, true);
    for (const [params, message] of [
      [{ minDurationMs: 'slow' }, /minDurationMs must be a number/],
      [{ limit: '0' }, /limit must be a number between 1 and 1000/],
      [{ from: 'yesterday' }, /from must be unix milliseconds or an ISO date/],
      [{ from: '20', to: '10' }, /from must not be after to/],
      [{ attr: 'novalue' }, /attr must be key=value/],
    ] as const) {
      const res = await call(() => spansApi(store.client, q(params)));
      assert.equal(res.status, 400, JSON.stringify(params));
      assert.match(res.body.error, message);
    }
  });

  it('keeps only spans, or traces, with profile samples on profiled=1, and says how many it checked', async () => {
    const from = String(Date.now() - 3_600_000);
    const all = await okBody(() => spansApi(store.client, q({ from })));
    assert.equal(all.scanned, null);
    const profiled = await okBody(() => spansApi(store.client, q({ from, profiled: '1' })));
    assert.deepEqual(
      profiled.spans.map((s) => s.name),
      all.spans.filter((s) => s.samples > 0).map((s) => s.name),
    );
    assert.ok(profiled.spans.length < all.spans.length, 'the fixture has a span without samples');
    assert.equal(profiled.scanned, all.spans.length);
    assert.equal(profiled.matched, all.matched);
    const traces = await okBody(() => tracesApi(store.client, q({ from, profiled: '1' })));
    assert.deepEqual(
      traces.traces.map((t) => t.traceId),
      [fx.traceId],
    );
    assert.ok((traces.traces[0]?.profiledSpans ?? 0) > 0);
    const errors = await okBody(() => spansApi(store.client, q({ from, errors: '1' })));
    assert.deepEqual(
      errors.spans.map((s) => s.spanId),
      all.spans.filter((s) => s.statusCode === 'Error').map((s) => s.spanId),
      'errors=1 keeps only failed spans',
    );
    assert.equal(errors.matched, errors.spans.length);
    const bad = await call(() => spansApi(store.client, q({ profiled: 'maybe' })));
    assert.equal(bad.status, 400);
    assert.match(bad.body.error, /profiled must be 1 or 0, got "maybe"/);
  });

  it('returns a trace, and 400 or 404 for bad or unknown ids', async () => {
    const ok = await okBody(() => traceApi(store.client, fx.traceId.toUpperCase()));
    assert.equal(ok.spans.length, 4);
    const bad = await call(() => traceApi(store.client, 'nope'));
    assert.equal(bad.status, 400);
    assert.match(bad.body.error, /trace id must be 32 hex characters, got "nope"/);
    const unknown = await call(() => traceApi(store.client, randomId(16)));
    assert.equal(unknown.status, 404);
  });

  it('returns a span profile with its tier, coverage and tree, and checks scope and tier', async () => {
    const body = await okBody(() =>
      spanProfileApi(store.client, fx.traceId, fx.ids.c1, q({ scope: 'span' })),
    );
    assert.equal(body.tier, 'exact');
    assert.equal(body.unit, 'nanoseconds');
    assert.equal(body.total, 150_000_000);
    assert.equal(body.coverage.state, 'ok');
    assert.equal(body.tree.name, 'render');
    const badScope = await call(() =>
      spanProfileApi(store.client, fx.traceId, fx.ids.c1, q({ scope: 'galaxy' })),
    );
    assert.equal(badScope.status, 400);
    assert.match(badScope.body.error, /scope must be one of span, descendants, trace, nearest/);
    const badTier = await call(() =>
      spanProfileApi(store.client, fx.traceId, fx.ids.c1, q({ tier: 'guess' })),
    );
    assert.equal(badTier.status, 400);
    const badSpan = await refusal(() => spanProfileApi(store.client, fx.traceId, 'zz', q({})));
    assert.match(badSpan.error, /span id must be 16 hex characters/);
    const unknownSpan = await call(() =>
      spanProfileApi(store.client, fx.traceId, randomId(8), q({})),
    );
    assert.equal(unknownSpan.status, 404);
  });

  it('returns the context of the process that ran a span', async () => {
    const { fields } = await okBody(() => spanContextApi(store.client, fx.traceId, fx.ids.c2));
    assert.deepEqual(
      fields.map((f) => [f.key, f.value, f.source]),
      [
        ['host.name', 'node-a', 'span'],
        ['process.pid', '200', 'span'],
        ['service.name', 'db', 'span'],
      ],
    );
  });

  it('finds the slowest spans that ran a function, with the share of their samples in it', async () => {
    const from = String(Date.now() - 3_600_000);
    const body = await okBody(() =>
      spansRunningFunctionApi(store.client, q({ function: 'EXACTHOT', from })),
    );
    assert.deepEqual(
      body.spans.map((s) => [s.spanId, s.samples, s.matching, s.share]),
      [[fx.ids.c1, 3, 3, 1]],
    );
    assert.match(body.sql, /positionCaseInsensitive\(f, 'EXACTHOT'\)/);
    const label = await okBody(() =>
      spansRunningFunctionApi(store.client, q({ function: 'labelHot', from })),
    );
    assert.deepEqual(
      label.spans.map((s) => s.spanId),
      [fx.ids.c2],
    );
    const none = await okBody(() =>
      spansRunningFunctionApi(store.client, q({ function: 'nothingLikeThis', from })),
    );
    assert.deepEqual(none.spans, []);
    const missing = await call(() => spansRunningFunctionApi(store.client, q({})));
    assert.equal(missing.status, 400);
  });

  it('gives every answer the runnable SQL behind it', async () => {
    const from = String(Date.now() - 3_600_000);
    const spans = await okBody(() => spansApi(store.client, q({ from, service: 'db' })));
    assert.match(spans.sql, /ServiceName = 'db'/);
    const trace = await okBody(() => traceApi(store.client, fx.traceId));
    assert.match(trace.sql, new RegExp(fx.traceId));
    const profile = await okBody(() => spanProfileApi(store.client, fx.traceId, fx.ids.c1, q({})));
    assert.match(profile.sql, /profile_samples_by_span/);
    assert.match(profile.sql, new RegExp(fx.ids.c1));
    // Each runs as is in the SQL console and gives the same answer.
    const sandbox = await SqlSandbox.open({ mode: 'embedded', dataDir: store.dataDir, ttlDays: 7 });
    try {
      for (const text of [spans.sql, trace.sql, profile.sql]) {
        const res = await call(() => sqlApi(sandbox, { query: text }));
        assert.equal(res.status, 200, `${text}\n→ ${JSON.stringify(res.body)}`);
      }
      const rerun = await okBody(() => sqlApi(sandbox, { query: profile.sql }));
      assert.equal(rerun.rows.length, 1);
      assert.equal(rerun.rows[0]![0], '150000000');
    } finally {
      await sandbox.close();
    }
  });
});
