import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { queryOperations, queryServices } from '@/lib/traces/query-services';
import { searchSpans } from '@/lib/traces/search-spans';
import {
  loadCorrelationFixture,
  type CorrelationFixture,
} from '@/test/support/correlation-fixture';
import { openTempStore, type TempStore } from '@/test/support/temp-store';

describe('searchSpans', () => {
  let store: TempStore;
  let fx: CorrelationFixture;
  const range = () => ({ fromMs: Date.now() - 3_600_000, toMs: Date.now(), limit: 100 });
  before(async () => {
    store = await openTempStore();
    fx = await loadCorrelationFixture(store);
  });
  after(() => store.close());

  it('lists services and their operations', async () => {
    assert.deepEqual(await queryServices(store.client), ['api', 'db']);
    assert.deepEqual(await queryOperations(store.client, 'api'), ['GET /order', 'render', 'tiny']);
    assert.deepEqual(await queryOperations(store.client, undefined), [
      'GET /order',
      'query',
      'render',
      'tiny',
    ]);
  });

  it('returns the slowest spans first with their sample count and best tier', async () => {
    const spans = await searchSpans(store.client, range());
    assert.deepEqual(
      spans.map((s) => [s.name, s.samples, s.tier]),
      [
        ['GET /order', 4, 'thread'],
        ['query', 2, 'label'],
        ['render', 3, 'exact'],
        ['tiny', 0, 'none'],
      ],
    );
    assert.equal(spans[0]?.traceId, fx.traceId);
    assert.equal(spans[0].durationNs, String(1_000_000_000));
  });

  it('filters by service, operation, minimum duration and attribute', async () => {
    const only = async (f: object) =>
      (await searchSpans(store.client, { ...range(), ...f })).map((s) => s.name);
    assert.deepEqual(await only({ service: 'db' }), ['query']);
    assert.deepEqual(await only({ service: 'api', operation: 'render' }), ['render']);
    assert.deepEqual(await only({ minDurationMs: 350 }), ['GET /order', 'query']);
    assert.deepEqual(await only({ attribute: { key: 'thread.id', value: '201' } }), ['query']);
    assert.deepEqual(await only({ attribute: { key: 'service.name', value: 'db' } }), ['query']);
    assert.deepEqual(await only({ pod: 'nowhere' }), []);
    assert.deepEqual(await only({ fromMs: Date.now() - 1000 }), []);
  });
});
