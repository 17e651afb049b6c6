import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { createStoreClient } from '@/lib/clickhouse/create-store-client';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { encodeTraceRequest, randomId, traceRequestObject } from '../support/trace-request';

const t0 = BigInt(Date.now()) * 1_000_000n;
const tracesPath = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';

function body(spanIds: string[]): Uint8Array {
  return encodeTraceRequest(
    traceRequestObject(
      { 'service.name': 'stop-test' },
      spanIds.map((spanId) => ({ name: 'op', spanId, startNs: t0, endNs: t0 + 1000n })),
    ),
  );
}

/** POSTs over one kept-alive connection at a time, as OTLP/HTTP exporters do. */
function postKeepAlive(agent: Agent, port: number, payload: Uint8Array): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/v1/traces',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/x-protobuf' },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          resolve(res.statusCode ?? 0);
        });
      },
    );
    req.on('error', () => {
      resolve(0);
    });
    req.end(payload);
  });
}

/** Sends back to back, on one connection (HTTP keep-alive) or one channel (gRPC), until told to stop. */
async function keepSending(
  server: ServerProcess,
  via: 'http' | 'grpc',
  acked: string[],
  state: { run: boolean },
): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const channel = new grpc.Client(
    `127.0.0.1:${server.grpcPort}`,
    grpc.credentials.createInsecure(),
  );
  const sendGrpc = (payload: Uint8Array) =>
    new Promise<boolean>((resolve) => {
      channel.makeUnaryRequest(
        tracesPath,
        (b: Uint8Array) => Buffer.from(b),
        (b: Buffer) => b,
        payload,
        new grpc.Metadata(),
        { deadline: Date.now() + 10_000 },
        (err) => {
          resolve(!err);
        },
      );
    });
  while (state.run) {
    const ids = Array.from({ length: 20 }, () => randomId(8));
    const ok =
      via === 'http'
        ? (await postKeepAlive(agent, server.httpPort, body(ids))) === 200
        : await sendGrpc(body(ids));
    if (ok) acked.push(...ids);
    else await new Promise((r) => setTimeout(r, 20)); // refused: the client retries
  }
  agent.destroy();
  channel.close();
}

describe('SIGTERM while clients keep sending', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('ends the server, with every acknowledged span stored exactly once', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'traceprof-stop-'));
    dirs.push(dataDir);
    const server = await spawnServer({ TRACEPROF_DATA_DIR: dataDir });
    const acked: string[] = [];
    const state = { run: true };
    const senders = [
      ...['http', 'http', 'http'].map(() => keepSending(server, 'http', acked, state)),
      ...['grpc', 'grpc'].map(() => keepSending(server, 'grpc', acked, state)),
    ];
    while (acked.length < 2_000) await new Promise((r) => setTimeout(r, 10));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    // The documented bound is 25 s; a server that does not end at all fails here.
    const exit = await Promise.race([
      server.exited,
      delay(40_000, 'still running after 40 s', { ref: false }),
    ]);
    const tookMs = Date.now() - signalled;
    state.run = false;
    await Promise.all(senders);
    if (exit !== 0) server.child.kill('SIGKILL');
    assert.equal(exit, 0, `exit: ${exit}\n${server.output.slice(-20).join('\n')}`);
    console.log(`stopped ${tookMs} ms after SIGTERM with 5 clients still sending`);

    const client = await createStoreClient({ mode: 'embedded', dataDir, ttlDays: 7 });
    try {
      const rs = await client.query({
        query:
          'SELECT count() AS n, uniqExact(SpanId) AS u FROM otel_traces WHERE SpanId IN {ids:Array(String)}',
        query_params: { ids: acked },
        format: 'JSONEachRow',
      });
      const [row] = await rs.json<{ n: string; u: string }>();
      assert.equal(Number(row?.u), acked.length, 'every acknowledged span is stored');
      assert.equal(Number(row?.n), acked.length, 'and stored once');
    } finally {
      await client.close();
    }
  });
});
