import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { status } from '@grpc/grpc-js';
import { otelTracesTarget, spansToLines } from '@/ingest/rows/span-to-row';
import { BatchingWriter } from '@/ingest/sink/batching-writer';
import { jsonLines } from '@/lib/clickhouse/insert-raw';
import { QueueFullError } from '@/ingest/sink/write-errors';
import { otlpTracesToSpans } from '@/ingest/normalize/otlp-traces-to-spans';
import { decodeExportTraceRequest, OtlpDecodeError } from '@/ingest/otlp/decode-export-request';
import { exportOverGrpc } from '@/test/support/raw-otlp-grpc';
import { startIngestForTest, type TestIngest } from '@/test/support/start-ingest-for-test';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';
import {
  encodeTraceRequest,
  randomId,
  traceRequestJson,
  traceRequestObject,
} from '@/test/support/trace-request';
import { statusOf } from '@/test/support/otlp-answer';

const now = BigInt(Date.now()) * 1_000_000n;
const bytes = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);

const requestObject = (name: string) =>
  traceRequestObject({ 'service.name': 'admission-test' }, [
    { name, spanId: randomId(8), startNs: now, endNs: now + 1_000_000n },
  ]);
const request = (name: string): Uint8Array => encodeTraceRequest(requestObject(name));

async function stored(ingestStore: TempStore, names: string[]): Promise<number> {
  const rows = await queryRows<{ n: string }>(
    ingestStore.client,
    'SELECT count() AS n FROM otel_traces WHERE SpanName IN {names:Array(String)}',
    { names },
  );
  return Number(rows[0]?.n);
}

/**
 * The writer holds every batch for 4 s (its linger) while requests may wait 0.4 s: each request's
 * rows are still queued when its bound runs out, as under a store that has fallen behind.
 */
describe('a request whose rows cannot be written within its time bound', () => {
  let ingest: TestIngest;
  before(async () => {
    ingest = await startIngestForTest({ writer: { lingerMs: 4000 }, admissionMs: 400 });
  });
  after(() => ingest.close());

  const names = { http: `http-${randomId(3)}`, grpc: `grpc-${randomId(3)}`, gone: '' };
  names.gone = `deadline-${randomId(3)}`;
  const left = `left-${randomId(3)}`;

  it('over HTTP: 503 with Retry-After and a RetryInfo body, none of its rows kept', async () => {
    const res = await fetch(`${ingest.httpUrl}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: traceRequestJson(requestObject(names.http)),
    });
    assert.equal(res.status, 503);
    const retryAfter = Number(res.headers.get('retry-after'));
    assert.ok(retryAfter >= 1, `Retry-After: ${res.headers.get('retry-after')}`);
    const body: unknown = await res.json();
    const status = statusOf({ json: body });
    assert.equal(status.code, 14);
    assert.match(status.message, /could not be stored within/);
    assert.ok(typeof body === 'object' && body !== null && 'details' in body, 'status details');
    assert.deepEqual(body.details, [
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${retryAfter}s` },
    ]);
  });

  it('over gRPC: UNAVAILABLE with RetryInfo in the status details', async () => {
    const answer = await exportOverGrpc(ingest.grpcPort, 'traces', request(names.grpc));
    assert.ok(!answer.ok);
    assert.equal(answer.code, status.UNAVAILABLE);
    assert.ok((answer.retryDelaySeconds ?? 0) >= 1, `RetryInfo: ${answer.retryDelaySeconds}`);
  });

  it('over gRPC with a shorter client deadline: refused within it, so the client hears why', async () => {
    const answer = await exportOverGrpc(ingest.grpcPort, 'traces', request(names.gone), {
      deadlineMs: 350,
    });
    assert.ok(!answer.ok);
    // UNAVAILABLE from the server (the bound is the deadline less a margin), not the client's own
    // DEADLINE_EXCEEDED: the refusal arrived before the client gave up.
    assert.equal(answer.code, status.UNAVAILABLE, answer.details);
    assert.ok((answer.retryDelaySeconds ?? 0) >= 1);
  });

  it('over HTTP, a client that leaves: its queued rows are withdrawn at once', async () => {
    const leaving = new AbortController();
    const sent = fetch(`${ingest.httpUrl}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: bytes(request(left)),
      signal: leaving.signal,
    }).catch((e: unknown) => e);
    while (ingest.pipeline.queuedRows().spans === 0) await new Promise((r) => setImmediate(r));
    const before = ingest.pipeline.admissionStats().withdrawn;
    leaving.abort();
    assert.ok((await sent) instanceof Error);
    while (ingest.pipeline.queuedRows().spans > 0) await new Promise((r) => setImmediate(r));
    assert.equal(ingest.pipeline.admissionStats().withdrawn, before + 1);
  });

  it('stores none of the refused requests once every queue has been written', async () => {
    await ingest.stop();
    assert.equal(await stored(ingest.store, [...Object.values(names), left]), 0);
    assert.equal(ingest.pipeline.admissionStats().withdrawn, 4);
    assert.equal(ingest.pipeline.admissionStats().storedAfterClientGone, 0);
    assert.equal(ingest.pipeline.queuedRows().spans, 0);
  });
});

describe('BatchingWriter admission by its measured drain rate', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  const lines = (name: string): string[] =>
    spansToLines(
      otlpTracesToSpans(decodeExportTraceRequest(request(name), 'protobuf').request).spans,
    );

  it('refuses at once a write that would wait longer than its budget, and stores the rest', async () => {
    const writer = new BatchingWriter(store.client, otelTracesTarget, {
      maxBatchBytes: 1 << 24,
      lingerMs: 1000,
      maxQueuedBytes: 1 << 28,
    });
    const first = `rate-${randomId(3)}`;
    const queued = `queued-${randomId(3)}`;
    const refused = `refused-${randomId(3)}`;
    // One insert gives the writer its drain rate; the next batch then lingers for 1 s.
    await writer.write(jsonLines(lines(first)), { budgetMs: 60_000 });
    const waiting = writer.write(jsonLines(lines(queued)), { budgetMs: 60_000 });
    assert.ok(writer.expectedWaitMs(0) >= 1000);
    assert.throws(
      () => writer.write(jsonLines(lines(refused)), { budgetMs: 50 }),
      (e: unknown) => e instanceof QueueFullError && e.retryAfterSeconds >= 1,
    );
    await waiting;
    assert.equal(writer.stats.refusedInTime, 1);
    assert.equal(await stored(store, [first, queued, refused]), 2);
    assert.equal(await stored(store, [refused]), 0);
  });
});

describe('BatchingWriter under a store it has measured', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  const lines = (name: string, count = 1): string[] =>
    Array.from({ length: count }, () =>
      spansToLines(
        otlpTracesToSpans(decodeExportTraceRequest(request(name), 'protobuf').request).spans,
      ),
    ).flat();
  const size = (l: readonly string[]): number => l.reduce((n, x) => n + x.length + 1, 0);

  it('cuts a batch to what the store takes in maxInsertMs, so no request waits behind a huge insert', async () => {
    const writer = new BatchingWriter(store.client, otelTracesTarget, {
      maxBatchBytes: 1 << 24,
      lingerMs: 200,
      maxQueuedBytes: 1 << 28,
      maxInsertMs: 1,
      minInsertBytes: 1,
    });
    await writer.write(jsonLines(lines(`pace-${randomId(3)}`, 50)));
    assert.equal(writer.stats.inserts, 1);
    // Each write is bigger than 1 ms of the store's pace: one insert each, though all of them
    // were queued within the linger and would otherwise have gone as one.
    const names = Array.from({ length: 6 }, (_, i) => `cut-${i}-${randomId(3)}`);
    await Promise.all(names.map((n) => writer.write(jsonLines(lines(n, 200)))));
    assert.equal(writer.stats.inserts, 1 + names.length);
    assert.equal(await stored(store, names), names.length * 200);
  });

  it('withdraws a write whose budget would run out before the insert carrying it returns', async () => {
    const lingerMs = 300;
    const writer = new BatchingWriter(store.client, otelTracesTarget, {
      maxBatchBytes: 1 << 28,
      lingerMs,
      maxQueuedBytes: 1 << 29,
      // No cut: the big write below is sized to take 0.6 s or more at the measured pace, and the
      // default cut at 1 s would, past that, send the small write alone (that is the test above).
      maxInsertMs: 60_000,
    });
    await writer.write(jsonLines(lines(`pace-${randomId(3)}`, 2000)));
    // Idle before sizing: a write resolves before its insert is let go, and while it is still
    // counted in flight the waits below would include it (and the next batch would go at once
    // instead of after the linger), so the sizes would prove nothing about the batch below.
    await writer.flush();
    // A write that fits its budget alone, then a big one in the same batch (under the cut):
    // the insert carrying both would return after the first one's budget.
    const small = `small-${randomId(3)}`;
    const big = `big-${randomId(3)}`;
    let bigLines = lines(big, 1000);
    while (writer.expectedWaitMs(size(bigLines)) - lingerMs < 600)
      bigLines = bigLines.concat(bigLines);
    const smallLines = lines(small);
    const budgetMs = writer.expectedWaitMs(size(smallLines)) + 150;
    assert.ok(budgetMs < writer.expectedWaitMs(size(smallLines) + size(bigLines)));
    const results = await Promise.allSettled([
      writer.write(jsonLines(smallLines), { budgetMs }),
      writer.write(jsonLines(bigLines), { budgetMs: 60_000 }),
    ]);
    assert.equal(results[0].status, 'rejected');
    assert.ok(results[0].reason instanceof QueueFullError, String(results[0].reason));
    assert.match(results[0].reason.message, /could not be stored within/);
    assert.equal(results[1].status, 'fulfilled');
    assert.equal(await stored(store, [small]), 0);
    assert.equal(await stored(store, [big]), bigLines.length);
    assert.equal(writer.stats.withdrawn, 1);
  });
});

/**
 * Under overload a refusal must cost little: a request is refused before it is decoded when the
 * queue ahead of it alone is behind its bound. The witness is a body that cannot be decoded: it
 * is refused as retryable (refused first), not as undecodable (decoded first).
 */
describe('a request that arrives while the store is behind its bound', () => {
  let ingest: TestIngest;
  before(async () => {
    ingest = await startIngestForTest({ writer: { lingerMs: 300 }, admissionMs: 5000 });
  });
  after(() => ingest.close());

  const garbage = new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]);

  it('is refused before its body is decoded', async () => {
    const pipeline = ingest.pipeline;
    // The first request gives the writer the store's pace.
    await pipeline.exportTraces(request(`pace-${randomId(3)}`), 'protobuf');
    await assert.rejects(pipeline.exportTraces(garbage, 'protobuf'), OtlpDecodeError);
    // One request waits in the 300 ms linger; the next arrived 4.9 s ago, so it has 0.1 s left.
    const waiting = pipeline.exportTraces(request(`waiting-${randomId(3)}`), 'protobuf');
    while (pipeline.queuedRows().spans === 0) await new Promise((r) => setImmediate(r));
    await assert.rejects(
      pipeline.exportTraces(garbage, 'protobuf', { receivedAt: Date.now() - 4900 }),
      (e: unknown) => e instanceof QueueFullError && e.retryAfterSeconds >= 1,
    );
    await waiting;
  });
});
