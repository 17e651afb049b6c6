import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { status } from '@grpc/grpc-js';
import { ProfilesRequestBuilder } from '@/test/support/profiles-request-builder';
import { exportOverGrpc } from '@/test/support/raw-otlp-grpc';
import { startIngestForTest, type TestIngest } from '@/test/support/start-ingest-for-test';
import { queryRows } from '@/test/support/temp-store';
import { encodeTraceRequest, traceRequestObject } from '@/test/support/trace-request';
import { profilesRefused } from '@/test/support/otlp-answer';

const t0 = BigInt(Date.now()) * 1_000_000n;

function profileRequest(pid: number, opts: { badStack?: boolean } = {}): ProfilesRequestBuilder {
  const b = new ProfilesRequestBuilder();
  const stack = b.stack([
    b.location({ lines: [{ fn: b.function(`hot_${pid}`, 'hot.go'), line: 12 }], frameType: 'go' }),
  ]);
  const profile = (s: number) => ({
    sampleType: ['samples', 'count'] as [string, string],
    periodType: ['cpu', 'nanoseconds'] as [string, string],
    period: 50_000_000,
    timeNs: t0,
    samples: [{ stack: s, timestampsNs: [t0, t0 + 50_000_000n] }],
  });
  b.resource(
    { 'process.pid': pid, 'host.name': 'grpc-host' },
    opts.badStack ? [profile(404), profile(stack)] : [profile(stack)],
  );
  return b;
}

async function hitsOf(ingest: TestIngest, pid: number): Promise<number> {
  const rows = await queryRows<{ n: string }>(
    ingest.store.client,
    'SELECT count() AS n FROM profile_samples WHERE ProcessPid = {pid:UInt32}',
    { pid },
  );
  return Number(rows[0]?.n);
}

describe('OTLP/gRPC', () => {
  let ingest: TestIngest;
  before(async () => {
    ingest = await startIngestForTest();
  });
  after(() => ingest.close());

  it('stores gzip-compressed profiles and answers with an empty response', async () => {
    const answer = await exportOverGrpc(ingest.grpcPort, 'profiles', profileRequest(101).encode());
    assert.ok(answer.ok, JSON.stringify(answer));
    assert.equal(answer.body.length, 0);
    assert.equal(await hitsOf(ingest, 101), 2);
  });

  it('stores traces', async () => {
    const body = encodeTraceRequest(
      traceRequestObject({ 'service.name': 'grpc-svc' }, [
        { name: 'grpc-span', startNs: t0, endNs: t0 + 10n },
      ]),
    );
    const answer = await exportOverGrpc(ingest.grpcPort, 'traces', body);
    assert.ok(answer.ok);
    const rows = await queryRows<{ n: string }>(
      ingest.store.client,
      "SELECT count() AS n FROM otel_traces WHERE SpanName = 'grpc-span'",
    );
    assert.equal(rows[0]?.n, '1');
  });

  it('reports a profile with a bad index in partial_success and stores the good one', async () => {
    const answer = await exportOverGrpc(
      ingest.grpcPort,
      'profiles',
      profileRequest(102, { badStack: true }).encode(),
    );
    assert.ok(answer.ok);
    const response = profilesRefused(answer.body);
    assert.equal(response.rejected, 1);
    assert.match(response.errorMessage, /stack_table\[404\]/);
    assert.equal(await hitsOf(ingest, 102), 2);
  });

  it('answers INVALID_ARGUMENT for bytes that are not an OTLP message', async () => {
    const answer = await exportOverGrpc(
      ingest.grpcPort,
      'profiles',
      Buffer.from([0x12, 0xff, 0xff, 0xff, 0x0f]),
    );
    assert.ok(!answer.ok);
    assert.equal(answer.code, status.INVALID_ARGUMENT);
    assert.match(answer.details, /not a valid OTLP protobuf message/);
  });

  it('answers UNIMPLEMENTED for metrics and logs, saying so', async () => {
    for (const signal of ['metrics', 'logs'] as const) {
      const answer = await exportOverGrpc(ingest.grpcPort, signal, new Uint8Array());
      assert.ok(!answer.ok);
      assert.equal(answer.code, status.UNIMPLEMENTED);
      assert.match(answer.details, new RegExp(`${signal} are not supported`));
    }
  });

  it('answers RESOURCE_EXHAUSTED for a message over 64 MiB', async () => {
    const answer = await exportOverGrpc(
      ingest.grpcPort,
      'profiles',
      Buffer.alloc(65 * 1024 * 1024),
    );
    assert.ok(!answer.ok);
    assert.equal(answer.code, status.RESOURCE_EXHAUSTED);
  });

  it('takes an empty request', async () => {
    const answer = await exportOverGrpc(ingest.grpcPort, 'profiles', new Uint8Array());
    assert.ok(answer.ok);
  });
});

describe('OTLP/gRPC with an ingest token', () => {
  let ingest: TestIngest;
  before(async () => {
    ingest = await startIngestForTest({ token: 'tok' });
  });
  after(() => ingest.close());

  it('answers UNAUTHENTICATED without the token and stores with it', async () => {
    const denied = await exportOverGrpc(ingest.grpcPort, 'profiles', profileRequest(201).encode());
    assert.ok(!denied.ok);
    assert.equal(denied.code, status.UNAUTHENTICATED);
    const ok = await exportOverGrpc(ingest.grpcPort, 'profiles', profileRequest(201).encode(), {
      token: 'tok',
    });
    assert.ok(ok.ok);
    assert.equal(await hitsOf(ingest, 201), 2);
  });
});

describe('OTLP/gRPC when the write queue is full', () => {
  let ingest: TestIngest;
  before(async () => {
    ingest = await startIngestForTest({ writer: { maxQueuedBytes: 1, lingerMs: 1500 } });
  });
  after(() => ingest.close());

  it('answers UNAVAILABLE so the client retries, and keeps what it acknowledged', async () => {
    const first = exportOverGrpc(ingest.grpcPort, 'profiles', profileRequest(301).encode());
    const deadline = Date.now() + 10_000;
    while (ingest.pipeline.queuedRows().samples === 0 && Date.now() < deadline) {
      await new Promise((r) => setImmediate(r));
    }
    const second = await exportOverGrpc(ingest.grpcPort, 'profiles', profileRequest(302).encode());
    assert.ok(!second.ok);
    assert.equal(second.code, status.UNAVAILABLE);
    assert.ok((await first).ok);
    assert.equal(await hitsOf(ingest, 301), 2);
    assert.equal(await hitsOf(ingest, 302), 0);
  });
});
