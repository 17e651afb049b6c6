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

/** What the clients were told: acknowledged span ids and profile pids, and retries that worked. */
interface Acked {
  spanIds: string[];
  pids: number[];
  /** Requests acknowledged only after at least one failed attempt. */
  retried: number;
  /**
   * Acknowledged requests sent again later, as a client whose answer was lost sends them: to
   * the server, a retry of a request it stored and answered.
   */
  replays: { kind: 'traces' | 'profiles'; body: Uint8Array }[];
}

/** The server clients send to, replaced after each kill; `up` resolves once it listens. */
interface Current {
  server: ServerProcess;
  up: Promise<void>;
}

/**
 * A client as OTLP exporters are: it resends a failed request, the same bytes, until it is
 * acknowledged, waiting for the server to be back when it is down.
 */
async function sendUntilAcked(
  current: Current,
  kind: 'traces' | 'profiles',
  body: Uint8Array,
  acked: Acked,
): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    await current.up;
    const answer = await exportOverGrpc(current.server.grpcPort, kind, body);
    if (answer.ok) {
      if (attempt > 0) acked.retried++;
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`a ${kind} request was never acknowledged`);
}

async function sender(
  current: Current,
  id: number,
  acked: Acked,
  stop: { after: number },
): Promise<void> {
  for (let i = 0; i < stop.after; i++) {
    const { body, spanIds } = auditTraceRequest(t0, id, i, 40);
    await sendUntilAcked(current, 'traces', body, acked);
    acked.spanIds.push(...spanIds);
    if (i % 7 === 3) {
      await sendUntilAcked(current, 'traces', body, acked);
      acked.replays.push({ kind: 'traces', body });
    }
    if (i % 4 === 0) {
      const pid = id * 100_000 + i;
      const profile = auditProfilesRequest(t0, pid, 'retried_work');
      await sendUntilAcked(current, 'profiles', profile, acked);
      acked.pids.push(pid);
      if (i % 8 === 4) {
        await sendUntilAcked(current, 'profiles', profile, acked);
        acked.replays.push({ kind: 'profiles', body: profile });
      }
    }
  }
}

describe('kill and retry', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('stores every acknowledged request exactly once across kill -9 and the clients’ retries', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'traceprof-retry-'));
    dirs.push(dataDir);
    const env = { TRACEPROF_DATA_DIR: dataDir };
    const current: Current = { server: await spawnServer(env), up: Promise.resolve() };
    const acked: Acked = { spanIds: [], pids: [], retried: 0, replays: [] };
    const stop = { after: 100_000 };
    const senders = [1, 2, 3, 4].map((id) => sender(current, id, acked, stop));
    for (const atSpans of [1_500, 4_000]) {
      while (acked.spanIds.length < atSpans) await new Promise((r) => setTimeout(r, 5));
      const killed = current.server;
      let back = (): void => undefined;
      current.up = new Promise((r) => (back = r));
      killed.child.kill('SIGKILL');
      await killed.exited;
      current.server = await spawnServer(env);
      back();
    }
    // Some more requests on the last server, then every client stops.
    const target = acked.spanIds.length + 1_000;
    while (acked.spanIds.length < target) await new Promise((r) => setTimeout(r, 5));
    stop.after = 0;
    await Promise.all(senders);
    // Every answer that could have been lost, sent again to the last server: those the killed
    // servers stored are known to it only from the ledger they left in the store.
    for (const r of acked.replays) await sendUntilAcked(current, r.kind, r.body, acked);
    assert.ok(acked.replays.length >= 20, `replayed requests: ${acked.replays.length}`);
    current.server.child.kill('SIGTERM');
    assert.equal(await current.server.exited, 0);

    assert.ok(acked.retried >= 4, `requests acknowledged after a retry: ${acked.retried}`);
    const client = await createStoreClient({ mode: 'embedded', dataDir, ttlDays: 7 });
    try {
      const spans = await client.query({
        query: `SELECT count() AS rows, uniqExact(SpanId) AS ids,
                       countIf(SpanId IN {ids:Array(String)}) AS acked
                FROM otel_traces`,
        query_params: { ids: acked.spanIds },
        format: 'JSONEachRow',
      });
      const [s] = await spans.json<{ rows: string; ids: string; acked: string }>();
      assert.equal(Number(s?.acked), acked.spanIds.length, 'every acknowledged span is stored');
      assert.equal(Number(s?.rows), Number(s?.ids), 'no span is stored twice');
      const hits = await client.query({
        query: `SELECT ProcessPid AS pid, count() AS n FROM profile_samples
                GROUP BY ProcessPid HAVING n != 2 OR ProcessPid NOT IN {pids:Array(UInt32)}`,
        query_params: { pids: acked.pids },
        format: 'JSONEachRow',
      });
      assert.deepEqual(await hits.json(), [], 'each profile is stored once, with its 2 hits');
      const profiled = await client.query({
        query: 'SELECT uniqExact(ProcessPid) AS n FROM profile_samples',
        format: 'JSONEachRow',
      });
      const [p] = await profiled.json<{ n: string }>();
      assert.ok(Number(p?.n) >= acked.pids.length, 'every acknowledged profile is stored');
    } finally {
      await client.close();
    }
  });
});
