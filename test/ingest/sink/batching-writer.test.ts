import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { otelTracesTarget, spansToLines } from '@/ingest/rows/span-to-row';
import { BatchingWriter } from '@/ingest/sink/batching-writer';
import { jsonLines } from '@/lib/clickhouse/insert-raw';
import { RowsRefusedError, StoreWriteError } from '@/ingest/sink/write-errors';
import type { SpanRecord } from '@/ingest/normalize/model';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';
import { spanRecord } from '@/test/support/span-record';
import { randomId } from '@/test/support/trace-request';

const span = (name: string): SpanRecord =>
  spanRecord({ name, serviceName: 'writer-test', startNs: BigInt(Date.now()) * 1_000_000n });

describe('BatchingWriter with a request the store refuses', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  const options = { maxBatchBytes: 16 * 1024 * 1024, lingerMs: 100, maxQueuedBytes: 1 << 28 };

  it('stores the other requests of the batch and refuses only that one, as final', async () => {
    const writer = new BatchingWriter(store.client, otelTracesTarget, options);
    const names = ['good-1', 'good-2', 'good-3'].map((n) => `${n}-${randomId(3)}`);
    // A row that got past every check and that the engine still cannot read (a time it parses
    // as something else): the store's refusal must stay with its own request.
    const [line] = spansToLines([span('bad')]);
    const bad = line!.replace(/^\["\d+"/, '["0"');
    const results = await Promise.allSettled([
      ...names.map((n) => writer.write(jsonLines(spansToLines([span(n)])))),
      writer.write(jsonLines([bad])),
    ]);
    assert.deepEqual(
      results.slice(0, 3).map((r) => r.status),
      ['fulfilled', 'fulfilled', 'fulfilled'],
    );
    const refused = results[3];
    assert.equal(refused?.status, 'rejected');
    assert.ok(refused.reason instanceof RowsRefusedError);
    const rows = await queryRows<{ n: string }>(
      store.client,
      'SELECT count() AS n FROM otel_traces WHERE SpanName IN {names:Array(String)}',
      { names },
    );
    assert.equal(Number(rows[0]?.n), 3, 'every good request is stored');
  });

  it('fails every request, retryably, when the store itself fails', async () => {
    const writer = new BatchingWriter(
      store.client,
      { ...otelTracesTarget, table: 'no_such_table' },
      options,
    );
    const results = await Promise.allSettled([
      writer.write(jsonLines(spansToLines([span('a')]))),
      writer.write(jsonLines(spansToLines([span('b')]))),
    ]);
    for (const r of results) {
      assert.equal(r.status, 'rejected');
      assert.ok(r.reason instanceof StoreWriteError);
    }
  });
});
