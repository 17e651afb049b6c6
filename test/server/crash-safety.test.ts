import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createStoreClient } from '@/lib/clickhouse/create-store-client';
import { auditProfilesRequest, auditTraceRequest } from '../support/audit-requests';
import { exportOverGrpc } from '../support/raw-otlp-grpc';
import { spawnServer, type ServerProcess } from '../support/spawn-server';

const t0 = BigInt(Date.now()) * 1_000_000n;

/** Sends numbered requests until the server stops answering; returns the span ids it acknowledged. */
async function sendUntilRefused(
  server: ServerProcess,
  sender: number,
  acked: string[],
  profilesAcked: number[],
): Promise<void> {
  for (let i = 0; i < 10_000; i++) {
    const { body, spanIds } = auditTraceRequest(t0, sender, i, 50);
    const answer = await exportOverGrpc(server.grpcPort, 'traces', body);
    if (!answer.ok) return;
    acked.push(...spanIds);
    if (i % 5 === 0) {
      const pid = sender * 100_000 + i;
      const p = await exportOverGrpc(
        server.grpcPort,
        'profiles',
        auditProfilesRequest(t0, pid, 'work'),
      );
      if (!p.ok) return;
      profilesAcked.push(pid);
    }
  }
}

async function storedCounts(
  dataDir: string,
  spanIds: string[],
  pids: number[],
): Promise<{ spans: number; pids: number }> {
  const client = await createStoreClient({ mode: 'embedded', dataDir, ttlDays: 7 });
  try {
    const spans = await client.query({
      query: 'SELECT count() AS n FROM otel_traces WHERE SpanId IN {ids:Array(String)}',
      query_params: { ids: spanIds },
      format: 'JSONEachRow',
    });
    const samples = await client.query({
      query:
        'SELECT uniqExact(ProcessPid) AS n FROM profile_samples WHERE ProcessPid IN {pids:Array(UInt32)}',
      query_params: { pids },
      format: 'JSONEachRow',
    });
    const [s] = await spans.json<{ n: string }>();
    const [p] = await samples.json<{ n: string }>();
    return { spans: Number(s?.n), pids: Number(p?.n) };
  } finally {
    await client.close();
  }
}

describe('crash safety', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`keeps every acknowledged span and sample after ${signal} under load and a restart`, async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'traceprof-crash-'));
      dirs.push(dataDir);
      const server = await spawnServer({ TRACEPROF_DATA_DIR: dataDir });
      const acked: string[] = [];
      const profilesAcked: number[] = [];
      const senders = [1, 2, 3].map((n) => sendUntilRefused(server, n, acked, profilesAcked));
      while (acked.length < 2_000) await new Promise((r) => setTimeout(r, 10));
      server.child.kill(signal);
      await Promise.all(senders);
      const exit = await server.exited;
      if (signal === 'SIGTERM') {
        assert.equal(exit, 0, server.output.join('\n'));
        assert.ok(server.output.some((l) => l.includes('traceprof: stopped')));
      }
      // The store opens again with its schema and serves a new server.
      const again = await spawnServer({ TRACEPROF_DATA_DIR: dataDir });
      again.child.kill('SIGTERM');
      assert.equal(await again.exited, 0);
      assert.ok(acked.length >= 2_000);
      const stored = await storedCounts(dataDir, acked, profilesAcked);
      assert.equal(stored.spans, acked.length, 'every acknowledged span is stored');
      assert.equal(stored.pids, profilesAcked.length, 'every acknowledged profile is stored');
    });
  }
});
