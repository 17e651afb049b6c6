import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResourceContext } from '../../../ingest/context/resource-context';
import { ExportPipeline } from '../../../ingest/pipeline/export-pipeline';
import type { CorrelationTier, ProfileScope } from '../../../lib/correlation/correlation-tier';
import { querySpanProfile } from '../../../lib/correlation/span-profile';
import { drawFlameTree } from '../../../lib/flame/stack-rows-to-flame-tree';
import { queryTrace } from '../../../lib/traces/query-trace';
import { ProfilesRequestBuilder, type SampleSpec } from '../../support/profiles-request-builder';
import { openTempStore, type TempStore } from '../../support/temp-store';
import { encodeTraceRequest, randomId, traceRequestObject } from '../../support/trace-request';

const ms = 1_000_000n;
const t = BigInt(Date.now() - 60_000) * ms;
const traceId = randomId(16);
const ids = { root: randomId(8), c1: randomId(8), c2: randomId(8), short: randomId(8) };
const host = 'node-a';

describe('querySpanProfile', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
    const pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
    // api (Node.js, pid 100): root [0, 1000ms], c1 [100, 400ms], short [950ms, +10us]
    const api = traceRequestObject(
      {
        'service.name': 'api',
        'host.name': host,
        'process.pid': 100,
        'telemetry.sdk.language': 'nodejs',
      },
      [
        { name: 'GET /order', traceId, spanId: ids.root, startNs: t, endNs: t + 1000n * ms },
        {
          name: 'render',
          traceId,
          spanId: ids.c1,
          parentSpanId: ids.root,
          startNs: t + 100n * ms,
          endNs: t + 400n * ms,
        },
        {
          name: 'tiny',
          traceId,
          spanId: ids.short,
          parentSpanId: ids.root,
          startNs: t + 950n * ms,
          endNs: t + 950n * ms + 10_000n,
        },
      ],
    );
    // db (Go, pid 200, span on thread 201): c2 [500, 900ms]
    const db = traceRequestObject({ 'service.name': 'db', 'host.name': host, 'process.pid': 200 }, [
      {
        name: 'query',
        traceId,
        spanId: ids.c2,
        parentSpanId: ids.root,
        startNs: t + 500n * ms,
        endNs: t + 900n * ms,
        attributes: { 'thread.id': '201' },
      },
    ]);
    await pipeline.exportTraces(encodeTraceRequest(api), 'protobuf');
    await pipeline.exportTraces(encodeTraceRequest(db), 'protobuf');

    const b = new ProfilesRequestBuilder();
    const stack = (leaf: string) =>
      b.stack([
        b.location({ lines: [{ fn: b.fn(leaf), line: 1 }], frameType: 'go' }),
        b.location({ lines: [{ fn: b.fn('main'), line: 1 }], frameType: 'go' }),
      ]);
    const thread = (tid: number) => b.attr('thread.id', tid);
    const at = (...offsetsMs: number[]) => offsetsMs.map((o) => t + BigInt(o) * ms);
    const onCpu = (samples: SampleSpec[]) => ({
      sampleType: ['samples', 'count'] as [string, string],
      periodType: ['cpu', 'nanoseconds'] as [string, string],
      period: 50_000_000,
      timeNs: t,
      samples,
    });
    b.resource({ 'process.pid': 100, 'host.name': host }, [
      onCpu([
        {
          stack: stack('exactHot'),
          link: b.link(traceId, ids.c1),
          attributes: [thread(100)],
          timestampsNs: at(150, 200, 250),
        },
        {
          stack: stack('threadHot'),
          attributes: [thread(100)],
          timestampsNs: at(20, 50, 450, 600),
        },
        {
          stack: stack('otherThread'),
          attributes: [thread(999)],
          timestampsNs: at(10, 300, 500, 700, 990),
        },
        {
          stack: stack('otherTrace'),
          link: b.link(randomId(16), randomId(8)),
          attributes: [thread(100)],
          timestampsNs: at(800),
        },
        { stack: stack('afterTrace'), attributes: [thread(100)], timestampsNs: at(5000) },
      ]),
    ]);
    b.resource({ 'process.pid': 200, 'host.name': host }, [
      onCpu([
        {
          stack: stack('labelHot'),
          attributes: [thread(201), b.attr('process.context.label.span_id', ids.c2)],
          timestampsNs: at(600, 700),
        },
      ]),
    ]);
    await pipeline.exportProfiles(b.encode(), 'protobuf');
    await pipeline.drain();
  });
  after(() => store.close());

  async function profile(
    spanId: string,
    scope: ProfileScope = 'span',
    tier?: CorrelationTier,
    sampleType = 'cpu',
  ) {
    const trace = await queryTrace(store.client, traceId);
    const p = await querySpanProfile(store.client, trace, {
      traceId,
      spanId,
      scope,
      tier,
      sampleType,
    });
    assert.ok(p);
    return p;
  }

  it('matches samples linked to the span exactly', async () => {
    const p = await profile(ids.c1);
    assert.equal(p.tier, 'exact');
    assert.equal(p.coverage.found, 3);
    assert.equal(p.coverage.expected, 6); // 300 ms at 50 ms a sample
    assert.equal(p.total, 3 * 50_000_000);
    assert.equal(
      drawFlameTree(p.tree),
      ['render 150000000', '  main 150000000', '    exactHot 150000000 (self 150000000)'].join(
        '\n',
      ),
    );
  });

  it('matches samples that carry the span id as a label', async () => {
    const p = await profile(ids.c2);
    assert.equal(p.tier, 'label');
    assert.equal(p.coverage.found, 2);
    assert.equal(p.tree.children[0]?.children[0]?.name, 'labelHot');
  });

  it('falls back to the span thread inside its time, leaving samples named for other spans out', async () => {
    const p = await profile(ids.root);
    assert.deepEqual(p.tierCounts, { exact: 0, label: 0, thread: 4, process: 9 });
    assert.equal(p.tier, 'thread');
    assert.equal(p.tree.children[0]?.children[0]?.name, 'threadHot');
    assert.equal(p.coverage.found, 4);
  });

  it('uses the process tier when asked, which adds the other threads', async () => {
    const p = await profile(ids.root, 'span', 'process');
    assert.equal(p.tier, 'process');
    assert.deepEqual(
      p.tree.children[0]?.children.map((c) => [c.name, c.value / 50_000_000]),
      [
        ['otherThread', 5],
        ['threadHot', 4],
      ],
    );
  });

  it('covers descendants and the whole trace when the scope widens', async () => {
    const descendants = await profile(ids.root, 'descendants');
    assert.equal(descendants.tier, 'exact');
    assert.equal(descendants.coverage.found, 3);
    const trace = await profile(ids.root, 'trace', 'process');
    // pid 100 in the root window (9 unclaimed + 3 of c1, which is in scope) + pid 200 in c2's window (2).
    assert.equal(trace.coverage.found, 14);
  });

  it('says when a span is shorter than one sampling period', async () => {
    const p = await profile(ids.short);
    assert.equal(p.tier, 'none');
    assert.equal(p.coverage.state, 'shorter-than-period');
    assert.equal(p.tree.value, 0);
  });

  it('says when nothing matched a span long enough to be sampled', async () => {
    const p = await profile(ids.root, 'span', undefined, 'off_cpu');
    assert.equal(p.tier, 'none');
    assert.equal(p.coverage.state, 'no-samples');
  });

  it('returns nothing for a span that is not in the trace', async () => {
    const trace = await queryTrace(store.client, traceId);
    assert.equal(trace.length, 4);
    assert.equal(
      await querySpanProfile(store.client, trace, {
        traceId,
        spanId: randomId(8),
        scope: 'span',
        tier: undefined,
        sampleType: 'cpu',
      }),
      undefined,
    );
  });
});
