import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ExportTraceServiceRequest } from '@/ingest/otlp/otlp-wire';
import { exportOverGrpc } from '@/test/support/raw-otlp-grpc';
import { onCpu } from '@/test/support/normalize-profiles';
import { ProfilesRequestBuilder } from '@/test/support/profiles-request-builder';
import { startIngestForTest, type TestIngest } from '@/test/support/start-ingest-for-test';
import { queryRows } from '@/test/support/temp-store';
import {
  encodeTraceRequest,
  randomId,
  traceRequestJson,
  traceRequestObject,
} from '@/test/support/trace-request';
import { profilesRefused, traceRefused } from '@/test/support/otlp-answer';

const ms = 1_000_000n;
const now = BigInt(Date.now()) * ms;
const day = 86_400_000n * ms;

/** Bad span times: each must be refused for its own request only, naming the field. */
const badSpanTimes: { what: string; startNs: bigint; endNs: bigint; field: RegExp }[] = [
  { what: 'a zero start', startNs: 0n, endNs: 1n, field: /start_time_unix_nano/ },
  {
    what: 'a start a second after 1970',
    startNs: 10n ** 9n,
    endNs: 10n ** 9n + 1n,
    field: /start_time/,
  },
  {
    what: 'the largest fixed64',
    startNs: 2n ** 64n - 1n,
    endNs: 2n ** 64n - 1n,
    field: /start_time_unix_nano/,
  },
  { what: 'a start past 2262', startNs: 2n ** 63n, endNs: 2n ** 63n + 1n, field: /start_time/ },
  { what: 'an end past 2262', startNs: now, endNs: 2n ** 63n + 5n, field: /end_time_unix_nano/ },
  { what: 'an end before its start', startNs: now, endNs: now - 1n, field: /before start/ },
  {
    what: 'a start beyond retention',
    startNs: now - 100n * day,
    endNs: now - 100n * day + 1n,
    field: /older than the store keeps/,
  },
  {
    what: 'a start two days ahead',
    startNs: now + 2n * day,
    endNs: now + 2n * day + 1n,
    field: /ahead of the server's clock/,
  },
];

interface Outcome {
  ok: boolean;
  rejected: number;
  message: string;
}

describe("one client's bad values cost other clients nothing", () => {
  let ingest: TestIngest;
  before(async () => {
    // A long linger, so that every request of a round lands in one shared insert.
    ingest = await startIngestForTest({ writer: { lingerMs: 200 }, retentionDays: 7 });
  });
  after(() => ingest.close());

  const stored = async (name: string) =>
    Number(
      (
        await queryRows<{ n: string }>(
          ingest.store.client,
          'SELECT count() AS n FROM otel_traces WHERE SpanName = {name:String}',
          { name },
        )
      )[0]?.n,
    );

  async function sendTraces(
    body: ExportTraceServiceRequest,
    via: 'http-protobuf' | 'http-json' | 'grpc',
  ): Promise<Outcome> {
    if (via === 'grpc') {
      const answer = await exportOverGrpc(ingest.grpcPort, 'traces', encodeTraceRequest(body));
      if (!answer.ok) return { ok: false, rejected: 0, message: answer.details };
      const res = traceRefused(answer.body);
      return { ok: true, rejected: res.rejected, message: res.errorMessage };
    }
    const json = via === 'http-json';
    const res = await fetch(`${ingest.httpUrl}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': json ? 'application/json' : 'application/x-protobuf' },
      body: json ? traceRequestJson(body) : new Uint8Array(encodeTraceRequest(body)),
    });
    const answer = traceRefused(
      json ? { json: await res.json() } : new Uint8Array(await res.arrayBuffer()),
    );
    return { ok: res.status === 200, rejected: answer.rejected, message: answer.errorMessage };
  }

  for (const via of ['http-protobuf', 'http-json', 'grpc'] as const) {
    it(`refuses each bad span time alone, and stores every innocent request (${via})`, async () => {
      for (const bad of badSpanTimes) {
        const innocent = Array.from({ length: 5 }, () => `innocent-${randomId(6)}`);
        const poisoned = `poisoned-${randomId(6)}`;
        const outcomes = await Promise.all([
          sendTraces(
            traceRequestObject({ 'service.name': 'bad' }, [
              { name: poisoned, startNs: bad.startNs, endNs: bad.endNs },
            ]),
            via,
          ),
          ...innocent.map((name) =>
            sendTraces(
              traceRequestObject({ 'service.name': 'good' }, [
                { name, startNs: now, endNs: now + 5n * ms },
              ]),
              via,
            ),
          ),
        ]);
        const [badOutcome, ...good] = outcomes;
        assert.ok(badOutcome.ok, `${bad.what}: the bad request is answered, not failed`);
        assert.equal(badOutcome.rejected, 1, bad.what);
        assert.match(badOutcome.message, bad.field, bad.what);
        for (const [i, g] of good.entries()) {
          assert.deepEqual(g, { ok: true, rejected: 0, message: '' }, `${bad.what}: innocent ${i}`);
          assert.equal(await stored(innocent[i]!), 1, `${bad.what}: innocent ${i} is stored`);
        }
        assert.equal(await stored(poisoned), 0, `${bad.what}: nothing of the bad span is stored`);
      }
    });
  }

  it('repairs a lone UTF-16 surrogate in OTLP/JSON as U+FFFD, beside innocent requests', async () => {
    const name = `lone-${randomId(4)}`;
    const body = traceRequestJson(
      traceRequestObject({ 'service.name': 'json' }, [
        { name: `${name}-X`, startNs: now, endNs: now + ms, attributes: { k: 'v-Y' } },
      ]),
    )
      .replace(`${name}-X`, `${name}-\\ud800`)
      .replace('v-Y', 'v-\\udfff');
    const innocent = `innocent-${randomId(6)}`;
    const [res, good] = await Promise.all([
      fetch(`${ingest.httpUrl}/v1/traces`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }),
      sendTraces(
        traceRequestObject({ 'service.name': 'good' }, [
          { name: innocent, startNs: now, endNs: now + ms },
        ]),
        'http-json',
      ),
    ]);
    assert.equal(res.status, 200);
    assert.ok(good.ok);
    assert.equal(await stored(innocent), 1);
    const rows = await queryRows<{ SpanName: string; v: string }>(
      ingest.store.client,
      "SELECT SpanName, SpanAttributes['k'] AS v FROM otel_traces WHERE startsWith(SpanName, {p:String})",
      { p: name },
    );
    assert.deepEqual(rows, [{ SpanName: `${name}-\uFFFD`, v: 'v-\uFFFD' }]);
  });

  it('refuses a profile with a weight or a time its columns cannot hold, and keeps the others', async () => {
    const cases: { what: string; spec: Parameters<typeof onCpu>[0]; field: RegExp }[] = [
      {
        what: 'a zero hit time',
        spec: [{ stack: 1, timestampsNs: [0n] }],
        field: /timestamps_unix_nano/,
      },
      {
        what: 'a hit time past 2262',
        spec: [{ stack: 1, timestampsNs: [2n ** 64n - 1n] }],
        field: /timestamps_unix_nano/,
      },
      {
        what: 'a weight beyond 2^53',
        spec: [{ stack: 1, values: [2n ** 62n], timestampsNs: [now] }],
        field: /values/,
      },
    ];
    for (const c of cases) {
      const b = new ProfilesRequestBuilder();
      const hot = `hot-${randomId(4)}`;
      const stack = b.stack([b.location({ lines: [{ fn: b.function(hot), line: 1 }] })]);
      const good = `good-${randomId(4)}`;
      const goodStack = b.stack([b.location({ lines: [{ fn: b.function(good), line: 1 }] })]);
      b.resource({ 'process.pid': 4242 }, [
        onCpu(c.spec.map((s) => ({ ...s, stack }))),
        onCpu([{ stack: goodStack, timestampsNs: [now, now + 50n * ms] }]),
      ]);
      const answer = await exportOverGrpc(ingest.grpcPort, 'profiles', b.encode());
      assert.ok(answer.ok, c.what);
      const res = profilesRefused(answer.body);
      assert.equal(res.rejected, 1, c.what);
      assert.match(res.errorMessage, c.field, c.what);
      const hits = await queryRows<{ n: string }>(
        ingest.store.client,
        `SELECT count() AS n FROM profile_samples AS p
         INNER JOIN (SELECT StackId, FunctionNames FROM profile_stacks LIMIT 1 BY StackId) AS s
         ON s.StackId = p.StackId WHERE has(s.FunctionNames, {f:String})`,
        { f: good },
      );
      assert.equal(Number(hits[0]?.n), 2, `${c.what}: the good profile's hits are stored`);
    }
  });
});

describe('a replay of old data within retention', () => {
  let ingest: TestIngest;
  before(async () => {
    ingest = await startIngestForTest({ retentionDays: 400 });
  });
  after(() => ingest.close());

  it('stores spans spread over more days than one insert has partitions by default', async () => {
    const name = `replay-${randomId(4)}`;
    const spans = Array.from({ length: 150 }, (_, i) => ({
      name,
      startNs: now - BigInt(i) * day,
      endNs: now - BigInt(i) * day + ms,
    }));
    const res = await fetch(`${ingest.httpUrl}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: new Uint8Array(
        encodeTraceRequest(traceRequestObject({ 'service.name': 'replay' }, spans)),
      ),
    });
    assert.equal(res.status, 200);
    const rows = await queryRows<{ n: string; days: string }>(
      ingest.store.client,
      'SELECT count() AS n, uniqExact(toDate(Timestamp)) AS days FROM otel_traces WHERE SpanName = {name:String}',
      { name },
    );
    assert.deepEqual(rows, [{ n: '150', days: '150' }]);
  });
});
