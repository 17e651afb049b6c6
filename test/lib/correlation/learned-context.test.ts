import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import { param, sql, sqlConstant } from '@/lib/clickhouse/sql';
import { contextKeys, contextKeysSql } from '@/lib/correlation/correlation-rules';
import { spansApi } from '@/lib/handlers/explorer-handlers';
import { okBody } from '@/test/support/api-answer';
import { onCpuProfile, ProfilesRequestBuilder } from '@/test/support/profiles-request-builder';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import { encodeTraceRequest, traceRequestObject } from '@/test/support/trace-request';

const t0 = BigInt(Date.now()) * 1_000_000n;
const span = (name: string) => [{ name, startNs: t0, endNs: t0 + 50_000_000n }];

describe('learned Kubernetes context in the explorer', () => {
  let store: TempStore;
  let pipeline: ExportPipeline;
  before(async () => {
    store = await openTempStore();
    pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
    // billing's spans say nothing of Kubernetes; an enriched profile of its process does.
    const teach = new ProfilesRequestBuilder();
    const stack = teach.stack([
      teach.location({ lines: [{ fn: teach.function('charge'), line: 1 }] }),
    ]);
    teach.resource(
      {
        'host.name': 'node-a',
        'process.pid': 4242,
        'k8s.namespace.name': 'payments',
        'k8s.pod.name': 'billing-7f9c4-x2k9p',
      },
      [onCpuProfile([{ stack, timestampsNs: [t0] }], t0)],
    );
    await pipeline.exportProfiles(teach.encode(), 'protobuf');
    const traces = [
      traceRequestObject(
        { 'service.name': 'billing', 'host.name': 'node-a', 'process.pid': 4242 },
        span('charge'),
      ),
      // ledger declares its own pod: that wins over anything learned.
      traceRequestObject(
        {
          'service.name': 'ledger',
          'host.name': 'node-a',
          'process.pid': 5151,
          'k8s.pod.name': 'ledger-55d-abcde',
        },
        span('post'),
      ),
      // mail: same pid as billing on another host, so nothing learned applies.
      traceRequestObject(
        { 'service.name': 'mail', 'host.name': 'node-b', 'process.pid': 4242 },
        span('send'),
      ),
    ];
    for (const t of traces) await pipeline.exportTraces(encodeTraceRequest(t), 'protobuf');
    await pipeline.drain();
  });
  after(() => store.close());

  const search = async (filters: Record<string, string>) => {
    const params = new URLSearchParams({ from: String(Date.now() - 600_000), ...filters });
    const { spans } = await okBody(() => spansApi(store.client, params));
    return Object.fromEntries(spans.map((s) => [s.service, s.pod]));
  };

  it('shows the learned pod in the Pod column, the span’s own where it has one', async () => {
    assert.deepEqual(await search({}), {
      billing: 'billing-7f9c4-x2k9p',
      ledger: 'ledger-55d-abcde',
      mail: '',
    });
  });

  it('matches the pod, namespace and deployment filters on a substring, learned or own, any case', async () => {
    assert.deepEqual(await search({ pod: '7F9C4' }), { billing: 'billing-7f9c4-x2k9p' });
    assert.deepEqual(await search({ pod: '-55d-' }), { ledger: 'ledger-55d-abcde' });
    assert.deepEqual(await search({ pod: 'node' }), {});
    assert.deepEqual(await search({ namespace: 'pay' }), { billing: 'billing-7f9c4-x2k9p' });
    assert.deepEqual(await search({ deployment: 'billing' }), {});
  });

  it('computes the same resource_context keys in SQL as in TypeScript', async () => {
    const resources: Record<string, string>[] = [
      { 'host.name': 'h', 'process.pid': '12' },
      { 'host.name': 'h', 'process.pid': '0' },
      { 'process.pid': '12' },
      { 'host.name': 'h', 'process.pid': 'x', 'container.id': 'abc' },
      { 'container.id': 'abc' },
      {},
    ];
    const keys = contextKeysSql(sqlConstant('r'));
    for (const r of resources) {
      const rs = await store.client.query({
        ...sql`SELECT ${keys.process} AS process, ${keys.container} AS container
               FROM (SELECT ${param('Map(String, String)', r)} AS r)`,
        format: 'JSONEachRow',
      });
      const [row] = await rs.json<{ process: string; container: string }>();
      const ts = contextKeys(r);
      assert.deepEqual(
        row,
        { process: ts.process ?? '', container: ts.container ?? '' },
        JSON.stringify(r),
      );
    }
  });
});
