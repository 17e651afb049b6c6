import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { StoreWriteError } from '@/ingest/sink/write-errors';
import { ProfilesRequestBuilder } from '@/test/support/profiles-request-builder';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';
import { encodeTraceRequest, randomId, traceRequestObject } from '@/test/support/trace-request';

const t0 = BigInt(Date.now()) * 1_000_000n;

/** A trace request of `n` spans of one service, plus one span the time rule rejects. */
function traces(service: string, n: number): Uint8Array {
  return encodeTraceRequest(
    traceRequestObject({ 'service.name': service }, [
      ...Array.from({ length: n }, (_, i) => ({
        name: `op-${i}`,
        spanId: randomId(8),
        startNs: t0 + BigInt(i),
        endNs: t0 + BigInt(i) + 1000n,
      })),
      { name: 'rejected', spanId: randomId(8), startNs: 5n, endNs: 6n },
    ]),
  );
}

/** A profiles request of one process: 3 hits on one stack whose function is named `fn`. */
function profiles(pid: number, fn: string): Uint8Array {
  const b = new ProfilesRequestBuilder();
  const stack = b.stack([b.location({ lines: [{ fn: b.function(fn), line: 1 }] })]);
  b.resource({ 'process.pid': pid, 'host.name': 'ledger-host' }, [
    {
      sampleType: ['samples', 'count'],
      periodType: ['cpu', 'nanoseconds'],
      period: 50_000_000,
      timeNs: t0,
      samples: [{ stack, timestampsNs: [t0, t0 + 1n, t0 + 2n] }],
    },
  ]);
  return b.encode();
}

async function count(store: TempStore, query: string, params: Record<string, unknown>) {
  const rows = await queryRows<{ n: string }>(store.client, query, params);
  return Number(rows[0]?.n);
}

const spansOf = (store: TempStore, service: string) =>
  count(store, 'SELECT count() AS n FROM otel_traces WHERE ServiceName = {s:String}', {
    s: service,
  });
const hitsOf = (store: TempStore, pid: number) =>
  count(store, 'SELECT count() AS n FROM profile_samples WHERE ProcessPid = {p:UInt32}', {
    p: pid,
  });
const stacksOf = (store: TempStore, fn: string) =>
  count(
    store,
    'SELECT count() AS n FROM profile_stacks FINAL WHERE has(FunctionNames, {f:String})',
    {
      f: fn,
    },
  );

describe('a retried request is stored once', () => {
  let store: TempStore;
  let pipeline: ExportPipeline;
  const open = async (): Promise<ExportPipeline> => {
    const p = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
    await p.ledger.load(store.client);
    return p;
  };
  before(async () => {
    store = await openTempStore();
    pipeline = await open();
  });
  after(async () => {
    await pipeline.drain();
    await store.close();
  });

  it('answers a retry of a stored request as the first and stores nothing more', async () => {
    const body = traces('retry-stored', 4);
    const first = await pipeline.exportTraces(body, 'protobuf');
    const again = await pipeline.exportTraces(body, 'protobuf');
    assert.deepEqual(again, first, 'the same partial success, naming the rejected span');
    assert.ok(Buffer.from(first).toString().includes('start_time_unix_nano'));
    assert.equal(await spansOf(store, 'retry-stored'), 4);
    assert.equal(pipeline.stats.storedBefore, 1);
  });

  it('stores concurrent copies of one request once', async () => {
    const body = traces('retry-concurrent', 3);
    await Promise.all([1, 2, 3].map(() => pipeline.exportTraces(body, 'protobuf')));
    assert.equal(await spansOf(store, 'retry-concurrent'), 3);
  });

  it('stores a different request with the same shape', async () => {
    await pipeline.exportTraces(traces('retry-distinct', 2), 'protobuf');
    await pipeline.exportTraces(traces('retry-distinct', 2), 'protobuf');
    assert.equal(await spansOf(store, 'retry-distinct'), 4);
  });

  it('after its stacks failed once its hits were in: the retry adds the stacks, no hit twice', async () => {
    const body = profiles(7001, 'ledger_partial');
    // The store loses the stacks table for a moment: the request fails after its hits are in.
    await store.client.command({ query: 'RENAME TABLE profile_stacks TO profile_stacks_away' });
    await assert.rejects(pipeline.exportProfiles(body, 'protobuf'), StoreWriteError);
    await store.client.command({ query: 'RENAME TABLE profile_stacks_away TO profile_stacks' });
    assert.equal(await hitsOf(store, 7001), 3, 'the failed attempt stored its hits');
    assert.equal(await stacksOf(store, 'ledger_partial'), 0);
    await pipeline.exportProfiles(body, 'protobuf');
    assert.equal(await hitsOf(store, 7001), 3);
    assert.equal(await stacksOf(store, 'ledger_partial'), 1);
  });

  it('after a restart, from the ledger read back: stored means nothing, attempted means what is missing', async () => {
    const stored = traces('retry-restart', 5);
    await pipeline.exportTraces(stored, 'protobuf');
    const partial = profiles(7002, 'ledger_restart');
    await store.client.command({ query: 'RENAME TABLE profile_stacks TO profile_stacks_away' });
    await assert.rejects(pipeline.exportProfiles(partial, 'protobuf'), StoreWriteError);
    await store.client.command({ query: 'RENAME TABLE profile_stacks_away TO profile_stacks' });
    await pipeline.drain();
    // A new server over the same store: only the ledger remembers.
    pipeline = await open();
    assert.ok(pipeline.ledger.size >= 2);
    await pipeline.exportTraces(stored, 'protobuf');
    await pipeline.exportProfiles(partial, 'protobuf');
    assert.equal(pipeline.stats.storedBefore, 1);
    assert.equal(await spansOf(store, 'retry-restart'), 5);
    assert.equal(await hitsOf(store, 7002), 3);
    assert.equal(await stacksOf(store, 'ledger_restart'), 1);
  });
});
