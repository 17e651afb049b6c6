import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResourceContext } from '@/ingest/context/resource-context';
import { ExportPipeline } from '@/ingest/pipeline/export-pipeline';
import {
  onCpuProfile,
  ProfilesRequestBuilder,
  type ProfileSpec,
  type SampleSpec,
} from '@/test/support/profiles-request-builder';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';
import { encodeTraceRequest, randomId, traceRequestObject } from '@/test/support/trace-request';

const t0 = BigInt(Date.now()) * 1_000_000n;
const onCpu = (samples: SampleSpec[]): ProfileSpec => onCpuProfile(samples, t0);

describe('ExportPipeline into ClickHouse', () => {
  let store: TempStore;
  let pipeline: ExportPipeline;
  before(async () => {
    store = await openTempStore();
    pipeline = new ExportPipeline(store.client, new ResourceContext(), { lingerMs: 1 });
  });
  after(async () => {
    await pipeline.drain();
    await store.close();
  });

  it('writes one profile_samples row per hit, with its stack in profile_stacks', async () => {
    const b = new ProfilesRequestBuilder();
    const lib = b.mapping('/lib/libc.so.6', { buildId: 'bid-1' });
    const stack = b.stack([
      b.location({ mapping: lib, address: 0x7f00n, frameType: 'native' }),
      b.location({
        lines: [{ fn: b.function('main.work', 'main.go'), line: 42 }],
        frameType: 'go',
      }),
    ]);
    const tid = b.attribute('thread.id', 9001);
    b.resource({ 'process.pid': 555, 'host.name': 'h1', 'service.name': 'svc' }, [
      onCpu([{ stack, attributes: [tid], timestampsNs: [t0 + 1n, t0 + 2n, t0 + 3n] }]),
    ]);
    await pipeline.exportProfiles(b.encode(), 'protobuf');
    const rows = await queryRows<{
      ts: string;
      Value: string;
      ThreadId: number;
      StackId: string;
      ServiceName: string;
      HostName: string;
      SampleType: string;
      Period: string;
    }>(
      store.client,
      `SELECT toString(toUnixTimestamp64Nano(Timestamp)) AS ts, Value, ThreadId, StackId, ServiceName, HostName, SampleType, Period
       FROM profile_samples WHERE ProcessPid = 555 ORDER BY Timestamp`,
    );
    assert.deepEqual(
      rows.map((r) => r.ts),
      [String(t0 + 1n), String(t0 + 2n), String(t0 + 3n)],
    );
    assert.deepEqual(
      rows.map((r) => r.Value),
      ['50000000', '50000000', '50000000'],
    );
    assert.ok(
      rows.every(
        (r) =>
          r.ThreadId === 9001 &&
          r.ServiceName === 'svc' &&
          r.HostName === 'h1' &&
          r.SampleType === 'cpu' &&
          r.Period === '50000000',
      ),
    );
    const stacks = await queryRows<{
      FunctionNames: string[];
      Addresses: string[];
      FrameTypes: string[];
      Lines: number[];
      Modules: string[];
      BuildIds: string[];
    }>(
      store.client,
      'SELECT FunctionNames, Addresses, FrameTypes, Lines, Modules, BuildIds FROM profile_stacks WHERE StackId = {id:UInt64}',
      { id: rows[0]!.StackId },
    );
    assert.deepEqual(stacks, [
      {
        FunctionNames: ['', 'main.work'],
        Addresses: [String(0x7f00), '0'],
        FrameTypes: ['native', 'go'],
        Lines: [0, 42],
        Modules: ['/lib/libc.so.6', ''],
        BuildIds: ['bid-1', ''],
      },
    ]);
  });

  it('copies span-linked samples into profile_samples_by_span, keyed by trace and span', async () => {
    const traceId = randomId(16);
    const spanId = randomId(8);
    const labelled = randomId(8);
    const b = new ProfilesRequestBuilder();
    const stack = b.stack([b.location({ lines: [{ fn: b.function('handler'), line: 1 }] })]);
    b.resource({ 'process.pid': 556 }, [
      onCpu([
        { stack, link: b.spanLink(traceId, spanId), timestampsNs: [t0, t0 + 1n] },
        {
          stack,
          attributes: [b.attribute('process.context.label.span_id', labelled)],
          timestampsNs: [t0 + 2n],
        },
        { stack, timestampsNs: [t0 + 3n] },
      ]),
    ]);
    await pipeline.exportProfiles(b.encode(), 'protobuf');
    const bySpan = await queryRows<{
      TraceId: string;
      SpanId: string;
      SpanSource: string;
      n: string;
    }>(
      store.client,
      `SELECT TraceId, SpanId, SpanSource, count() AS n FROM profile_samples_by_span
       WHERE ProcessPid = 556 GROUP BY TraceId, SpanId, SpanSource ORDER BY SpanSource`,
    );
    assert.deepEqual(bySpan, [
      { TraceId: '', SpanId: labelled, SpanSource: 'label', n: '1' },
      { TraceId: traceId, SpanId: spanId, SpanSource: 'link', n: '2' },
    ]);
    const all = await queryRows<{ n: string }>(
      store.client,
      'SELECT count() AS n FROM profile_samples WHERE ProcessPid = 556',
    );
    assert.equal(all[0]?.n, '4');
  });

  it('fills service and k8s context of samples from what spans and other profiles taught it', async () => {
    // The application's spans name the service and pod of host h2, pid 700.
    const spans = traceRequestObject(
      {
        'service.name': 'checkout',
        'host.name': 'h2',
        'process.pid': 700,
        'k8s.namespace.name': 'shop',
        'k8s.pod.name': 'checkout-abc',
        'container.id': 'c-700',
      },
      [{ name: 'GET /pay', startNs: t0, endNs: t0 + 10n }],
    );
    await pipeline.exportTraces(encodeTraceRequest(spans), 'protobuf');
    // An enriched profile teaches container c-800 -> deployment and node.
    const teach = new ProfilesRequestBuilder();
    const s1 = teach.stack([teach.location({ lines: [{ fn: teach.function('x'), line: 1 }] })]);
    teach.resource(
      {
        'process.pid': 800,
        'container.id': 'c-800',
        'k8s.deployment.name': 'search',
        'k8s.node.name': 'node-7',
      },
      [onCpu([{ stack: s1, timestampsNs: [t0] }])],
    );
    await pipeline.exportProfiles(teach.encode(), 'protobuf');
    // Bare eBPF profiles: only pid/host, or only a container id.
    const bare = new ProfilesRequestBuilder();
    const s2 = bare.stack([bare.location({ lines: [{ fn: bare.function('y'), line: 1 }] })]);
    bare.resource({ 'process.pid': 700, 'host.name': 'h2', 'process.executable.name': 'node' }, [
      onCpu([{ stack: s2, timestampsNs: [t0] }]),
    ]);
    bare.resource({ 'process.pid': 801, 'container.id': 'c-800' }, [
      onCpu([{ stack: s2, timestampsNs: [t0] }]),
    ]);
    await pipeline.exportProfiles(bare.encode(), 'protobuf');
    const rows = await queryRows<{
      ProcessPid: number;
      ServiceName: string;
      ContainerId: string;
      K8sNamespaceName: string;
      K8sPodName: string;
      K8sDeploymentName: string;
      K8sNodeName: string;
    }>(
      store.client,
      `SELECT ProcessPid, ServiceName, ContainerId, K8sNamespaceName, K8sPodName, K8sDeploymentName, K8sNodeName
       FROM profile_samples WHERE ProcessPid IN (700, 801) ORDER BY ProcessPid`,
    );
    assert.deepEqual(rows, [
      {
        ProcessPid: 700,
        ServiceName: 'checkout',
        ContainerId: 'c-700',
        K8sNamespaceName: 'shop',
        K8sPodName: 'checkout-abc',
        K8sDeploymentName: '',
        K8sNodeName: '',
      },
      {
        ProcessPid: 801,
        ServiceName: '',
        ContainerId: 'c-800',
        K8sNamespaceName: '',
        K8sPodName: '',
        K8sDeploymentName: 'search',
        K8sNodeName: 'node-7',
      },
    ]);
    const persisted = await queryRows<{ ContextKey: string }>(
      store.client,
      "SELECT ContextKey FROM resource_context FINAL WHERE ContextKey LIKE '%-7%' OR ContextKey LIKE '%-8%' OR ContextKey LIKE '%/7%' ORDER BY ContextKey",
    );
    assert.deepEqual(
      persisted.map((r) => r.ContextKey),
      ['container:c-700', 'container:c-800', 'process:h2/700'],
    );
  });

  it('writes a stack seen again only once', async () => {
    // Two requests (hits at different times) with the same stack.
    const request = (at: bigint): Uint8Array => {
      const b = new ProfilesRequestBuilder();
      const stack = b.stack([b.location({ lines: [{ fn: b.function('once-only'), line: 1 }] })]);
      b.resource({ 'process.pid': 900 }, [onCpu([{ stack, timestampsNs: [at] }])]);
      return b.encode();
    };
    await pipeline.exportProfiles(request(t0), 'protobuf');
    await pipeline.exportProfiles(request(t0 + 1n), 'protobuf');
    const rows = await queryRows<{ n: string }>(
      store.client,
      "SELECT count() AS n FROM profile_stacks WHERE has(FunctionNames, 'once-only')",
    );
    assert.equal(rows[0]?.n, '1');
  });
});
