/**
 * Checkout: a demo Node.js HTTP service instrumented with the OpenTelemetry JS SDK, with fast
 * endpoints and one CPU-heavy slow endpoint. Nothing here knows about traceprof: it exports OTLP
 * to OTEL_EXPORTER_OTLP_ENDPOINT (the agent, or traceprof itself).
 */
import http from 'node:http';
import os from 'node:os';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { renderInvoice } from './render-invoice';

// Without a context manager `context.with` runs its callback with no active span, and every span
// started inside a request becomes a root of its own.
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());

const provider = new TracerProvider({
  // OTEL_RESOURCE_ATTRIBUTES (the demo's Kubernetes placement, demo/demo-placement.ts) adds to these.
  resource: resourceFromAttributes({
    'service.name': process.env.OTEL_SERVICE_NAME ?? 'checkout',
    'host.name': os.hostname(),
    'process.pid': process.pid,
    'telemetry.sdk.language': 'nodejs',
  }).merge(detectResources({ detectors: [envDetector] })),
  spanProcessors: [
    new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: 1000 }),
  ],
});
trace.setGlobalTracerProvider(provider);
propagation.setGlobalPropagator(new W3CTraceContextPropagator());
const tracer = trace.getTracer('traceprof-demo/checkout');

type Handler = (url: URL) => { status: number; body: string };

const routes: Record<string, Handler> = {
  '/health': () => ({ status: 200, body: 'ok' }),
  '/cart': (url) => ({ status: 200, body: `cart ${url.searchParams.get('id') ?? '1'}: 3 items` }),
  // The slow one: renders an invoice by brute force, ~100-600 ms of CPU.
  '/invoice': (url) => {
    const lines = Number(url.searchParams.get('lines') ?? '2500');
    return { status: 200, body: `invoice total ${renderInvoice(lines)}` };
  },
};

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const handler = routes[url.pathname];
  const parent = propagation.extract(context.active(), req.headers);
  const span = tracer.startSpan(
    `${req.method ?? 'GET'} ${handler ? url.pathname : 'unknown'}`,
    {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': url.pathname },
    },
    parent,
  );
  const result = context.with(trace.setSpan(parent, span), () =>
    handler ? handler(url) : { status: 404, body: 'not found' },
  );
  span.setAttribute('http.response.status_code', result.status);
  if (result.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
  res.writeHead(result.status, { 'content-type': 'text/plain' }).end(`${result.body}\n`);
});

const port = Number(process.env.DEMO_NODE_PORT ?? 8081);
server.listen(port, '127.0.0.1', () => {
  console.log(`checkout: listening on http://127.0.0.1:${port} (pid ${process.pid})`);
});

function stop(): void {
  server.close();
  void provider.shutdown().finally(() => process.exit(0));
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
