import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { startIngestForTest, type TestIngest } from '@/test/support/start-ingest-for-test';
import { queryRows } from '@/test/support/temp-store';
import {
  encodeTraceRequest,
  randomId,
  traceRequestJson,
  traceRequestObject,
} from '@/test/support/trace-request';
import { statusOf, traceRefused } from '@/test/support/otlp-answer';

const now = BigInt(Date.now()) * 1_000_000n;
const protobuf = { 'content-type': 'application/x-protobuf' };
const json = { 'content-type': 'application/json' };
/** A fetch body: DOM's BodyInit wants a view over a plain ArrayBuffer. */
const bytes = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);

function oneSpan(name: string, spanId = randomId(8)) {
  return traceRequestObject({ 'service.name': 'http-test' }, [
    { name, spanId, startNs: now, endNs: now + 1_000_000n },
  ]);
}

async function spanCount(ingest: TestIngest, name: string): Promise<number> {
  const rows = await queryRows<{ n: string }>(
    ingest.store.client,
    'SELECT count() AS n FROM otel_traces WHERE SpanName = {name:String}',
    { name },
  );
  return Number(rows[0]?.n);
}

describe('OTLP/HTTP', () => {
  let ingest: TestIngest;
  let url: string;
  before(async () => {
    ingest = await startIngestForTest();
    url = `${ingest.httpUrl}/v1/traces`;
  });
  after(() => ingest.close());

  it('stores protobuf spans and answers a full success as an empty protobuf message', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: protobuf,
      body: bytes(encodeTraceRequest(oneSpan('pb-span'))),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/x-protobuf');
    assert.equal((await res.arrayBuffer()).byteLength, 0);
    assert.equal(await spanCount(ingest, 'pb-span'), 1);
  });

  it('stores gzip-compressed OTLP/JSON and answers in JSON', async () => {
    const body = gzipSync(traceRequestJson(oneSpan('gzip-json-span')));
    const res = await fetch(url, {
      method: 'POST',
      headers: { ...json, 'content-encoding': 'gzip' },
      body,
    });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {});
    assert.equal(await spanCount(ingest, 'gzip-json-span'), 1);
  });

  it('accepts an empty request', async () => {
    const res = await fetch(url, { method: 'POST', headers: json, body: '{}' });
    assert.equal(res.status, 200);
  });

  it('drops a span with a malformed id, stores the rest and reports partial success', async () => {
    const object = oneSpan('good-neighbour');
    const text = traceRequestJson(object).replace(
      /"spans":\[/,
      `"spans":[{"traceId":"${randomId(16)}","spanId":"xyz","name":"bad-span","startTimeUnixNano":"1","endTimeUnixNano":"2"},`,
    );
    const res = await fetch(url, { method: 'POST', headers: json, body: text });
    assert.equal(res.status, 200);
    const answer = traceRefused({ json: await res.json() });
    assert.equal(answer.rejected, 1);
    assert.match(answer.errorMessage, /spanId must be 16 hex characters, got "xyz"/);
    assert.equal(await spanCount(ingest, 'good-neighbour'), 1);
    assert.equal(await spanCount(ingest, 'bad-span'), 0);
  });

  it('reports partial success in protobuf for a span that ends before it starts', async () => {
    const object = traceRequestObject({ 'service.name': 'http-test' }, [
      { name: 'backwards', startNs: now, endNs: now - 5n },
      { name: 'forwards', startNs: now, endNs: now + 5n },
    ]);
    const res = await fetch(url, {
      method: 'POST',
      headers: protobuf,
      body: bytes(encodeTraceRequest(object)),
    });
    assert.equal(res.status, 200);
    const answer = traceRefused(new Uint8Array(await res.arrayBuffer()));
    assert.equal(answer.rejected, 1);
    assert.match(answer.errorMessage, /end_time_unix_nano is before start_time_unix_nano/);
    assert.equal(await spanCount(ingest, 'forwards'), 1);
  });

  it('answers 400 with a google.rpc.Status naming the problem for an undecodable body', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: protobuf,
      body: bytes(Buffer.from([0x0a, 0xff, 0xff, 0xff])),
    });
    assert.equal(res.status, 400);
    const status = statusOf(new Uint8Array(await res.arrayBuffer()));
    assert.equal(status.code, 3);
    assert.match(status.message, /not a valid OTLP protobuf message/);
    const bad = await fetch(url, { method: 'POST', headers: json, body: '{"resourceSpans": 7' });
    assert.equal(bad.status, 400);
    assert.match(statusOf({ json: await bad.json() }).message, /not valid JSON/);
    const wrongShape = await fetch(url, {
      method: 'POST',
      headers: json,
      body: '{"resourceSpans": 7}',
    });
    assert.equal(wrongShape.status, 400);
    assert.match(
      statusOf({ json: await wrongShape.json() }).message,
      /resourceSpans must be an array/,
    );
  });

  it('answers 415 for an unsupported content type or encoding', async () => {
    const text = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    assert.equal(text.status, 415);
    const br = await fetch(url, {
      method: 'POST',
      headers: { ...json, 'content-encoding': 'br' },
      body: '{}',
    });
    assert.equal(br.status, 415);
    assert.match(statusOf({ json: await br.json() }).message, /Content-Encoding br/);
  });

  it('answers 413 when the body is over 64 MiB once decompressed', async () => {
    const bomb = gzipSync(Buffer.alloc(65 * 1024 * 1024));
    const res = await fetch(url, {
      method: 'POST',
      headers: { ...protobuf, 'content-encoding': 'gzip' },
      body: bytes(bomb),
    });
    assert.equal(res.status, 413);
  });

  it('answers 404 for metrics and logs, saying they are not supported yet', async () => {
    for (const signal of ['metrics', 'logs']) {
      const res = await fetch(`${ingest.httpUrl}/v1/${signal}`, {
        method: 'POST',
        headers: json,
        body: '{}',
      });
      assert.equal(res.status, 404);
      assert.match(
        statusOf({ json: await res.json() }).message,
        new RegExp(`${signal} are not supported`),
      );
    }
  });

  it('answers 405 to anything but POST', async () => {
    const res = await fetch(url);
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'POST');
  });
});

describe('OTLP/HTTP with an ingest token', () => {
  let ingest: TestIngest;
  before(async () => {
    ingest = await startIngestForTest({ token: 's3cret' });
  });
  after(() => ingest.close());

  it('answers 401 without the bearer token and stores with it', async () => {
    const url = `${ingest.httpUrl}/v1/traces`;
    const body = bytes(encodeTraceRequest(oneSpan('authorized')));
    const denied = await fetch(url, { method: 'POST', headers: protobuf, body });
    assert.equal(denied.status, 401);
    const wrong = await fetch(url, {
      method: 'POST',
      headers: { ...protobuf, authorization: 'Bearer nope' },
      body,
    });
    assert.equal(wrong.status, 401);
    const ok = await fetch(url, {
      method: 'POST',
      headers: { ...protobuf, authorization: 'Bearer s3cret' },
      body,
    });
    assert.equal(ok.status, 200);
    assert.equal(await spanCount(ingest, 'authorized'), 1);
  });
});

describe('OTLP/HTTP when the write queue is full', () => {
  let ingest: TestIngest;
  before(async () => {
    // One queued request fills the queue; the long linger keeps it queued while the second arrives.
    ingest = await startIngestForTest({ writer: { maxQueuedBytes: 1, lingerMs: 1500 } });
  });
  after(() => ingest.close());

  it('answers 503 with Retry-After and still stores what it acknowledged', async () => {
    const url = `${ingest.httpUrl}/v1/traces`;
    const first = fetch(url, {
      method: 'POST',
      headers: protobuf,
      body: bytes(encodeTraceRequest(oneSpan('queued-first'))),
    });
    await waitFor(() => ingest.pipeline.stats.spans === 0 && queued(ingest) === 1);
    const second = await fetch(url, {
      method: 'POST',
      headers: protobuf,
      body: bytes(encodeTraceRequest(oneSpan('refused'))),
    });
    assert.equal(second.status, 503);
    assert.equal(second.headers.get('retry-after'), '1');
    assert.equal((await first).status, 200);
    assert.equal(await spanCount(ingest, 'queued-first'), 1);
    assert.equal(await spanCount(ingest, 'refused'), 0);
  });
});

function queued(ingest: TestIngest): number {
  return ingest.pipeline.queuedRows().spans;
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setImmediate(r));
  }
}
