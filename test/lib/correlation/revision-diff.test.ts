import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { diffDefaults, querySpanDiff } from '@/lib/correlation/span-diff';
import { queryTrace } from '@/lib/traces/query-trace';
import { onCpuProfile, ProfilesRequestBuilder } from '@/test/support/profiles-request-builder';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import { encodeTraceRequest, randomId, traceRequestObject } from '@/test/support/trace-request';

const ms = 1_000_000n;
const hit = 50_000_000;

/**
 * One operation across a rollout: image 1.4 ran five spans that each spent 2 hits in sumRows;
 * image 1.5, later, runs one span with 2 hits in sumRows and 3 in a new validateRows.
 */
describe('a span against the previous revision of its operation', () => {
  let store: TempStore;
  const old = Array.from({ length: 5 }, () => ({ traceId: randomId(16), spanId: randomId(8) }));
  const current = { traceId: randomId(16), spanId: randomId(8) };
  before(async () => {
    store = await openTempStore();
    const t = BigInt(Date.now() - 600_000) * ms;
    const resource = (tag: string, pid: number) => ({
      'service.name': 'ledger',
      'host.name': 'node-r',
      'process.pid': pid,
      'k8s.deployment.name': 'ledger',
      'container.image.tag': tag,
    });
    const at = (i: number) => t + BigInt(i) * 1000n * ms;
    const span = (s: { traceId: string; spanId: string }, i: number) => ({
      name: 'GET /sum',
      ...s,
      startNs: at(i),
      endNs: at(i) + 200n * ms,
    });
    const b = new ProfilesRequestBuilder();
    const stack = (leaf: string) =>
      b.stack([
        b.location({ lines: [{ fn: b.function(leaf), line: 1 }], frameType: 'go' }),
        b.location({ lines: [{ fn: b.function('main'), line: 1 }], frameType: 'go' }),
      ]);
    const hits = (s: { traceId: string; spanId: string }, i: number, leaf: string, n: number) => ({
      stack: stack(leaf),
      link: b.spanLink(s.traceId, s.spanId),
      timestampsNs: Array.from({ length: n }, (_, k) => at(i) + BigInt(10 + k * 30) * ms),
    });
    b.resource({ 'process.pid': 500, 'host.name': 'node-r' }, [
      onCpuProfile(
        old.map((s, i) => hits(s, i, 'sumRows', 2)),
        t,
      ),
    ]);
    b.resource({ 'process.pid': 501, 'host.name': 'node-r' }, [
      onCpuProfile([hits(current, 10, 'sumRows', 2), hits(current, 10, 'validateRows', 3)], t),
    ]);
    const pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
    await pipeline.exportTraces(
      encodeTraceRequest(
        traceRequestObject(
          resource('1.4', 500),
          old.map((s, i) => span(s, i)),
        ),
      ),
      'protobuf',
    );
    await pipeline.exportTraces(
      encodeTraceRequest(traceRequestObject(resource('1.5', 501), [span(current, 10)])),
      'protobuf',
    );
    await pipeline.exportProfiles(b.encode(), 'protobuf');
    await pipeline.drain();
  });
  after(() => store.close());

  /** The span's diff with the previous-revision baseline asked for. */
  async function againstPreviousRevision(span: { traceId: string; spanId: string }) {
    const trace = await queryTrace(store.client, span.traceId);
    const d = await querySpanDiff(store.client, trace, {
      ...diffDefaults,
      spanId: span.spanId,
      baseline: 'previous-revision',
      fromMs: undefined,
      toMs: undefined,
      sampleType: undefined,
      scope: 'span',
    });
    assert.ok(d);
    return d;
  }

  it('offers the previous image tag as a baseline and shows what the new one added', async () => {
    const d = await againstPreviousRevision(current);
    assert.deepEqual(d.baselines, ['cohort', 'previous-revision']);
    assert.equal(d.baselineKind, 'previous-revision');
    assert.match(d.baseline.label, /1\.4 \(previous revision\)/);
    assert.equal(d.baseline.spans.used, 5);
    const main = d.tree.children[0];
    const pairs = main?.children.map((c) => [c.name, c.value / hit, c.baseline / hit]);
    assert.deepEqual(pairs, [
      ['validateRows', 3, 0],
      ['sumRows', 2, 2],
    ]);
  });

  it('falls back to the typical cohort for a span of the first revision', async () => {
    const first = old[0];
    assert.ok(first);
    const d = await againstPreviousRevision(first);
    assert.deepEqual(d.baselines, ['cohort']);
    assert.equal(d.baselineKind, 'cohort');
  });
});
