import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SpanKind, SpanStatusCode, type HrTime } from '@opentelemetry/api';
import { OTLPTraceExporter as GrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  TracerProvider,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace';
import { queryRows } from '@/test/support/temp-store';
import { startIngestForTest, type TestIngest } from '@/test/support/start-ingest-for-test';

interface TraceRow {
  StartNs: string;
  TraceId: string;
  SpanId: string;
  ParentSpanId: string;
  TraceState: string;
  SpanName: string;
  SpanKind: string;
  ServiceName: string;
  ResourceAttributes: Record<string, string>;
  ScopeName: string;
  ScopeVersion: string;
  SpanAttributes: Record<string, string>;
  Duration: string;
  StatusCode: string;
  StatusMessage: string;
  EventNs: string[];
  'Events.Name': string[];
  'Events.Attributes': Record<string, string>[];
  'Links.TraceId': string[];
  'Links.SpanId': string[];
  'Links.TraceState': string[];
  'Links.Attributes': Record<string, string>[];
}

const hrToNs = (t: HrTime): string => (BigInt(t[0]) * 1_000_000_000n + BigInt(t[1])).toString();

/** Sends one small trace through `exporter`; returns the spans as the SDK saw them. */
async function sendTrace(exporter: SpanExporter, service: string): Promise<ReadableSpan[]> {
  const seen = new InMemorySpanExporter();
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      'service.name': service,
      'host.name': 'test-host',
      'process.pid': 4321,
      'k8s.pod.name': `${service}-7d9f-abcde`,
    }),
    spanProcessors: [
      new SimpleSpanProcessor({ exporter: seen }),
      new SimpleSpanProcessor({ exporter }),
    ],
  });
  const tracer = provider.getTracer('checkout-lib', '1.2.3');
  const linked = tracer.startSpan('background-job');
  linked.end();
  const root = tracer.startSpan('GET /checkout', {
    kind: SpanKind.SERVER,
    attributes: { 'http.method': 'GET', 'http.status_code': 500, retry: true, ratio: 0.25 },
    links: [{ context: linked.spanContext(), attributes: { 'link.reason': 'caused-by' } }],
  });
  root.addEvent('cache miss', { key: 'cart:42' });
  root.setStatus({ code: SpanStatusCode.ERROR, message: 'payment declined' });
  const { trace, context } = await import('@opentelemetry/api');
  const child = tracer.startSpan(
    'SELECT carts',
    { kind: SpanKind.CLIENT },
    trace.setSpan(context.active(), root),
  );
  child.end();
  root.end();
  await provider.forceFlush();
  // Read before shutdown: shutting the in-memory exporter down forgets its spans.
  const spans = seen.getFinishedSpans();
  await provider.shutdown();
  return spans;
}

const exporters: [string, (ingest: TestIngest) => SpanExporter][] = [
  ['grpc', (i) => new GrpcExporter({ url: i.grpcUrl })],
  ['http/protobuf', (i) => new ProtoExporter({ url: `${i.httpUrl}/v1/traces` })],
  ['http/json', (i) => new JsonExporter({ url: `${i.httpUrl}/v1/traces` })],
];

describe('spans from the OpenTelemetry JS SDK exporters', () => {
  let ingest: TestIngest;
  before(async () => {
    ingest = await startIngestForTest();
  });
  after(() => ingest.close());

  for (const [protocol, makeExporter] of exporters) {
    it(`stores every column of spans sent over ${protocol}`, async () => {
      const service = `svc-${protocol.replace(/\W/g, '-')}`;
      const sent = await sendTrace(makeExporter(ingest), service);
      const rows = await queryRows<TraceRow>(
        ingest.store.client,
        `SELECT *, toString(toUnixTimestamp64Nano(Timestamp)) AS StartNs,
                arrayMap(t -> toString(toUnixTimestamp64Nano(t)), Events.Timestamp) AS EventNs
         FROM otel_traces WHERE ServiceName = {service:String}`,
        { service },
      );
      assert.equal(rows.length, sent.length, 'one row per span');
      for (const span of sent) {
        const row = rows.find((r) => r.SpanId === span.spanContext().spanId);
        assert.ok(row, `span ${span.name} stored`);
        assert.equal(row.TraceId, span.spanContext().traceId);
        assert.equal(row.ParentSpanId, span.parentSpanContext?.spanId ?? '');
        assert.equal(row.TraceState, '');
        assert.equal(row.SpanName, span.name);
        assert.equal(
          row.SpanKind,
          ['Internal', 'Server', 'Client', 'Producer', 'Consumer'][span.kind],
        );
        assert.equal(row.ServiceName, service);
        assert.equal(row.ResourceAttributes['host.name'], 'test-host');
        assert.equal(row.ResourceAttributes['process.pid'], '4321');
        assert.equal(row.ResourceAttributes['k8s.pod.name'], `${service}-7d9f-abcde`);
        assert.equal(row.ScopeName, 'checkout-lib');
        assert.equal(row.ScopeVersion, '1.2.3');
        assert.equal(row.StartNs, hrToNs(span.startTime));
        assert.equal(row.Duration, hrToNs(span.duration));
        const status = ['Unset', 'Ok', 'Error'][span.status.code];
        assert.equal(row.StatusCode, status);
        assert.equal(row.StatusMessage, span.status.message ?? '');
        assert.deepEqual(
          row.EventNs,
          span.events.map((e) => hrToNs(e.time)),
        );
        assert.deepEqual(
          row['Events.Name'],
          span.events.map((e) => e.name),
        );
        assert.deepEqual(
          row['Links.TraceId'],
          span.links.map((l) => l.context.traceId),
        );
        assert.deepEqual(
          row['Links.SpanId'],
          span.links.map((l) => l.context.spanId),
        );
        assert.deepEqual(
          row['Links.TraceState'],
          span.links.map(() => ''),
        );
      }
      const root = rows.find((r) => r.SpanName === 'GET /checkout');
      assert.deepEqual(root!.SpanAttributes, {
        'http.method': 'GET',
        'http.status_code': '500',
        retry: 'true',
        ratio: '0.25',
      });
      assert.deepEqual(root!['Events.Attributes'], [{ key: 'cart:42' }]);
      assert.deepEqual(root!['Links.Attributes'], [{ 'link.reason': 'caused-by' }]);
    });
  }

  it('fills the trace id lookup table with each trace time range', async () => {
    const rows = await queryRows<{ TraceId: string; Start: string; End: string }>(
      ingest.store.client,
      `SELECT TraceId, min(Start) AS Start, max(End) AS End FROM otel_traces_trace_id_ts GROUP BY TraceId`,
    );
    const traces = await queryRows<{ TraceId: string }>(
      ingest.store.client,
      'SELECT DISTINCT TraceId FROM otel_traces',
    );
    assert.equal(traces.length, 2 * exporters.length, 'two traces per exporter');
    assert.deepEqual(rows.map((r) => r.TraceId).sort(), traces.map((t) => t.TraceId).sort());
    for (const r of rows) assert.ok(r.Start <= r.End);
  });
});
