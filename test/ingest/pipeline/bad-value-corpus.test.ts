/**
 * Our own corpus of bad values (test/support/bad-values.ts), for every kind of column, over every
 * transport and encoding. Each case is one request holding its bad items between good ones, sent
 * while innocent clients send at the same time over all three transports, into one running
 * server whose writer batches them together. The bad request is answered with partial_success
 * counting its bad items and naming the field, or, where the rule repairs the value, with a full
 * success and the repaired value in the store; its good items are stored, every innocent request
 * is stored whole, and the server goes on serving.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Signal } from '@/ingest/otlp/otlp-wire';
import {
  applyPatches,
  encodeRequest,
  hitsProfile,
  kv,
  retentionDays,
  span,
  traceRequest,
  type Encoding,
  type Expected,
  type Plain,
  type ProfileCase,
  type TraceCase,
} from '@/test/support/bad-values';
import { profileCases, traceCases } from '@/test/support/bad-value-cases';
import { ProfilesRequestBuilder } from '@/test/support/profiles-request-builder';
import { exportOverGrpc } from '@/test/support/raw-otlp-grpc';
import { startIngestForTest, type TestIngest } from '@/test/support/start-ingest-for-test';
import { queryRows } from '@/test/support/temp-store';
import { randomId } from '@/test/support/trace-request';
import { refusedBy } from '@/test/support/otlp-answer';

type Via = 'http-protobuf' | 'http-json' | 'grpc';
const vias: readonly Via[] = ['http-protobuf', 'http-json', 'grpc'];
const encodingOf = (via: Via): Encoding => (via === 'http-json' ? 'json' : 'protobuf');

/** How a request was answered: `ok` for HTTP 200 / gRPC OK, else the status and its message. */
interface Answer {
  status: string;
  rejected: number;
  message: string;
}
const fullSuccess: Answer = { status: 'ok', rejected: 0, message: '' };

function answerOf(signal: Signal, response: Uint8Array | { json: unknown }): Answer {
  const r = refusedBy[signal](response);
  return { status: 'ok', rejected: r.rejected, message: r.errorMessage };
}

const httpPaths: Record<Signal, string> = {
  traces: '/v1/traces',
  profiles: '/v1development/profiles',
};

/** Each tag names the rows of one case on one transport. */
const newTag = (): string => `corpus-${randomId(6)}`;
const goodNames = (tag: string): string[] => [`${tag}-good-0`, `${tag}-good-1`];
const innocentName = (tag: string, via: Via): string => `${tag}-innocent-${via}`;

describe('a corpus of bad values, each beside good items and innocent clients', () => {
  let ingest: TestIngest;
  before(async () => {
    // Long enough a linger that the bad request and the innocent ones share an insert.
    ingest = await startIngestForTest({ retentionDays, writer: { lingerMs: 50 } });
  });
  after(() => ingest.close());

  async function send(signal: Signal, via: Via, body: Uint8Array): Promise<Answer> {
    if (via === 'grpc') {
      const answer = await exportOverGrpc(ingest.grpcPort, signal, body);
      if (!answer.ok)
        return { status: `gRPC ${answer.code}`, rejected: 0, message: answer.details };
      return answerOf(signal, answer.body);
    }
    const json = via === 'http-json';
    const res = await fetch(`${ingest.httpUrl}${httpPaths[signal]}`, {
      method: 'POST',
      headers: { 'content-type': json ? 'application/json' : 'application/x-protobuf' },
      body: new Uint8Array(body),
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200) {
      return { status: `HTTP ${res.status}`, rejected: 0, message: Buffer.from(bytes).toString() };
    }
    return answerOf(signal, json ? { json: JSON.parse(Buffer.from(bytes).toString()) } : bytes);
  }

  /** Rows per name: the name (span name, or a sample's `case`) and how many rows have it. */
  async function countsByName(sql: string, tag: string): Promise<Record<string, number>> {
    const rows = await queryRows<{ name: string; n: string }>(ingest.store.client, sql, { tag });
    return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
  }

  const spanCountsSql =
    'SELECT SpanName AS name, count() AS n FROM otel_traces WHERE startsWith(SpanName, {tag:String}) GROUP BY name';
  const hitCountsSql =
    "SELECT SampleAttributes['case'] AS name, count() AS n FROM profile_samples WHERE startsWith(name, {tag:String}) GROUP BY name";

  interface Round {
    signal: Signal;
    tag: string;
    expected: Expected;
    /** The request holding the bad items between the good ones. */
    body: Uint8Array;
    badItems: number;
    /** An innocent client's request over a transport: one item named innocentName(tag, via). */
    innocent: (via: Via) => Uint8Array;
    /** Rows of each good or innocent item, and of a stored bad one. */
    rowsPerItem: number;
  }

  /**
   * Sends the bad request and one innocent request per transport at once, then checks the
   * innocents first (answered and stored whole), then the bad request's answer, what of it is
   * stored, and the stored value where the rule repairs it.
   */
  async function playRound(via: Via, r: Round): Promise<void> {
    const [bad, ...innocents] = await Promise.all([
      send(r.signal, via, r.body),
      ...vias.map((v) => send(r.signal, v, r.innocent(v))),
    ]);
    for (const [i, answer] of innocents.entries()) {
      assert.deepEqual(answer, fullSuccess, `the innocent request over ${vias[i]!}`);
    }
    const counts = await countsByName(r.signal === 'traces' ? spanCountsSql : hitCountsSql, r.tag);
    for (const v of vias) {
      const name = innocentName(r.tag, v);
      assert.equal(counts[name], r.rowsPerItem, `${name} is stored whole`);
    }

    const e = r.expected;
    if (e.kind === 'stored') {
      assert.deepEqual(bad, fullSuccess, 'the bad request is a full success');
    } else {
      assert.equal(bad.status, 'ok', `the bad request is answered, not failed: ${bad.message}`);
      assert.equal(bad.rejected, e.count, `rejected items (${bad.message})`);
      for (const field of e.fields) assert.match(bad.message, field);
    }
    for (const name of goodNames(r.tag)) {
      assert.equal(counts[name], r.rowsPerItem, `${name} of the bad request is stored`);
    }
    const items = goodNames(r.tag).length + vias.length + (e.kind === 'stored' ? r.badItems : 0);
    assert.equal(
      Object.values(counts).reduce((a, b) => a + b, 0),
      items * r.rowsPerItem,
      `rows stored, and nothing of a rejected item: ${JSON.stringify(counts)}`,
    );
    if (e.kind === 'stored') {
      assert.deepEqual(
        await queryRows<Plain>(ingest.store.client, e.sql, { tag: r.tag }),
        e.rows,
        'the stored value',
      );
    }
  }

  function traceBody(c: TraceCase, tag: string, encoding: Encoding): Uint8Array {
    const bad = c.bad(tag);
    const [good0, good1] = goodNames(tag).map((name) => span(name));
    const object = traceRequest(
      [good0!, ...bad.spans, good1!],
      bad.resource ?? [kv('service.name', 'bad-value-corpus')],
      bad.scope ?? { name: 'bad-value-corpus' },
    );
    return applyPatches(encodeRequest('traces', encoding, object), c.patches ?? []);
  }

  const innocentTraces =
    (tag: string) =>
    (via: Via): Uint8Array =>
      encodeRequest(
        'traces',
        encodingOf(via),
        traceRequest([span(innocentName(tag, via))], [kv('service.name', 'innocent')], {
          name: 'innocent',
        }),
      );

  async function runTraceCase(c: TraceCase, via: Via): Promise<void> {
    const tag = newTag();
    await playRound(via, {
      signal: 'traces',
      tag,
      expected: c.expected(tag),
      body: traceBody(c, tag, encodingOf(via)),
      badItems: c.bad(tag).spans.length,
      innocent: innocentTraces(tag),
      rowsPerItem: 1,
    });
  }

  const defaultProcess = { 'host.name': 'bad-value-corpus', 'process.pid': 4100 };

  function profileBody(c: ProfileCase, tag: string, encoding: Encoding): Uint8Array {
    const b = new ProfilesRequestBuilder();
    const [good0, good1] = goodNames(tag).map((name) => hitsProfile(b, name));
    const bad = c.bad(b, tag);
    b.resource(c.resource?.(tag) ?? defaultProcess, [good0!, ...bad, good1!]);
    // The corpus edits the request as plain data: its bad values are ones no type allows.
    const object: Plain = { ...b.toObject() };
    if (c.edit) {
      const resources = object.resourceProfiles as Plain[];
      const scopes = resources[0]!.scopeProfiles as Plain[];
      const profiles = scopes[0]!.profiles as Plain[];
      c.edit(object, profiles.slice(1, 1 + bad.length));
    }
    return applyPatches(encodeRequest('profiles', encoding, object), c.patches ?? []);
  }

  const innocentProfiles =
    (tag: string) =>
    (via: Via): Uint8Array => {
      const b = new ProfilesRequestBuilder();
      b.resource({ 'host.name': 'innocent', 'process.pid': 4200 }, [
        hitsProfile(b, innocentName(tag, via)),
      ]);
      return encodeRequest('profiles', encodingOf(via), b.toObject());
    };

  async function runProfileCase(c: ProfileCase, via: Via): Promise<void> {
    const tag = newTag();
    await playRound(via, {
      signal: 'profiles',
      tag,
      expected: c.expected(tag),
      body: profileBody(c, tag, encodingOf(via)),
      badItems: c.bad(new ProfilesRequestBuilder(), tag).length,
      innocent: innocentProfiles(tag),
      // Every profile of the corpus has two hits.
      rowsPerItem: 2,
    });
  }

  // Cases run a few at a time: their requests overlap too, each with its own tag.
  describe('each bad value', { concurrency: 8 }, () => {
    for (const c of traceCases) {
      for (const via of vias.filter((v) => c.encodings.includes(encodingOf(v)))) {
        it(`span: ${c.what} (${via}): ${c.rule}`, () => runTraceCase(c, via));
      }
    }

    for (const c of profileCases) {
      for (const via of vias.filter((v) => c.encodings.includes(encodingOf(v)))) {
        it(`profile: ${c.what} (${via}): ${c.rule}`, () => runProfileCase(c, via));
      }
    }
  });

  it('still serves traces and profiles on every transport after the corpus', async () => {
    const tag = newTag();
    const answers = await Promise.all([
      ...vias.map((v) => send('traces', v, innocentTraces(tag)(v))),
      ...vias.map((v) => send('profiles', v, innocentProfiles(tag)(v))),
    ]);
    for (const a of answers) assert.deepEqual(a, fullSuccess);
    const spans = await countsByName(spanCountsSql, tag);
    const samples = await countsByName(hitCountsSql, tag);
    assert.deepEqual(spans, Object.fromEntries(vias.map((v) => [innocentName(tag, v), 1])));
    assert.deepEqual(samples, Object.fromEntries(vias.map((v) => [innocentName(tag, v), 2])));
  });
});
