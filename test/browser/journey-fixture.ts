import assert from 'node:assert/strict';
import { exportOverGrpc } from '../support/raw-otlp-grpc';
import { idBytes, keyValues, u64 } from '../support/otlp-values';
import { encodeTraceRequest, randomId } from '../support/trace-request';
import { journeyProfiles } from './journey-profiles';

const ms = 1_000_000n;

/**
 * A small shop on Kubernetes: `frontend` (Node.js) calls `checkout` (Go), which calls an
 * inventory service and a database. Six checkout traces, the slowest first; an error trace; two
 * quick unrelated frontend requests. The slowest checkout span has on-CPU samples linked to it
 * (exact tier) whose clearly hottest function is `hotFunction`; its descendants have their own
 * linked samples (kernel network frames), and the process has unlinked GC samples during the
 * span (process tier only).
 */
export interface JourneyFixture {
  traceId: string;
  /** The slowest checkout span, `POST /api/checkout` of the slowest trace. */
  checkoutSpanId: string;
  hotFunction: string;
  /** A function only the span's descendants' samples contain. */
  descendantFunction: string;
  checkoutPod: string;
  traces: Uint8Array[];
  profiles: Uint8Array[];
}

const checkoutResource = {
  'service.name': 'checkout',
  'telemetry.sdk.language': 'go',
  'host.name': 'node-b',
  'process.pid': 4242,
  'k8s.cluster.name': 'prod-eu1',
  'k8s.namespace.name': 'shop',
  'k8s.deployment.name': 'checkout',
  'k8s.pod.name': 'checkout-7d9f8b6c4-x2x9q',
  'k8s.node.name': 'gke-prod-pool-1-node-b',
  'k8s.container.name': 'checkout',
  'container.id': 'c0ffee'.padEnd(64, '7'),
  'container.image.name': 'ghcr.io/acme/checkout',
  'container.image.tag': '1.42.0',
};

const frontendResource = {
  'service.name': 'frontend',
  'telemetry.sdk.language': 'nodejs',
  'host.name': 'node-a',
  'process.pid': 310,
  'k8s.cluster.name': 'prod-eu1',
  'k8s.namespace.name': 'shop',
  'k8s.deployment.name': 'frontend',
  'k8s.pod.name': 'frontend-5c8d7b9f4-q7m2p',
  'k8s.node.name': 'gke-prod-pool-1-node-a',
  'k8s.container.name': 'frontend',
  'container.id': 'f00d'.padEnd(64, '3'),
};

interface SpanSpec {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startNs: bigint;
  endNs: bigint;
  attributes?: Record<string, string>;
  error?: string;
}

const kinds = { internal: 1, server: 2, client: 3 } as const;

function traceRequest(resource: Record<string, string | number>, spans: SpanSpec[]): Uint8Array {
  return encodeTraceRequest({
    resourceSpans: [
      {
        resource: { attributes: keyValues(resource) },
        scopeSpans: [
          {
            scope: { name: 'journey-fixture' },
            spans: spans.map((s) => ({
              traceId: idBytes(s.traceId),
              spanId: idBytes(s.spanId),
              parentSpanId: idBytes(s.parentSpanId ?? ''),
              name: s.name,
              kind: s.kind,
              startTimeUnixNano: u64(s.startNs),
              endTimeUnixNano: u64(s.endNs),
              attributes: keyValues(s.attributes ?? {}),
              status: s.error ? { code: 2, message: s.error } : { code: 0 },
            })),
          },
        ],
      },
    ],
  });
}

/** Checkout durations (ms) of the six checkout traces; the first is the slowest. */
const checkoutMs = [1400, 640, 520, 410, 330, 260];

export function journeyFixture(): JourneyFixture {
  const t0 = BigInt(Date.now() - 3 * 60_000) * ms;
  const frontend: SpanSpec[] = [];
  const checkout: SpanSpec[] = [];
  let slowest: { traceId: string; spanId: string; children: string[]; start: bigint } | undefined;
  checkoutMs.forEach((durMs, i) => {
    const traceId = randomId(16);
    const start = t0 + BigInt(i) * 20_000n * ms;
    const dur = BigInt(durMs) * ms;
    const ids = { root: randomId(8), server: randomId(8), inv: randomId(8), db: randomId(8) };
    const failed = i === 3 ? 'context deadline exceeded' : undefined;
    frontend.push(
      {
        traceId,
        spanId: ids.root,
        name: 'GET /checkout',
        kind: kinds.server,
        startNs: start,
        endNs: start + dur + 100n * ms,
        attributes: {
          'http.route': '/checkout',
          'http.response.status_code': failed ? '500' : '200',
        },
        ...(failed ? { error: 'checkout failed' } : {}),
      },
      {
        traceId,
        spanId: randomId(8),
        parentSpanId: ids.root,
        name: 'render checkout page',
        kind: kinds.internal,
        startNs: start + dur + 50n * ms,
        endNs: start + dur + 95n * ms,
      },
    );
    const s = start + 40n * ms;
    checkout.push(
      {
        traceId,
        spanId: ids.server,
        parentSpanId: ids.root,
        name: 'POST /api/checkout',
        kind: kinds.server,
        startNs: s,
        endNs: s + dur,
        attributes: { 'http.route': '/api/checkout', 'http.request.method': 'POST' },
        ...(failed ? { error: failed } : {}),
      },
      {
        traceId,
        spanId: ids.inv,
        parentSpanId: ids.server,
        name: 'GET inventory',
        kind: kinds.client,
        startNs: s + 30n * ms,
        endNs: s + 130n * ms,
        attributes: { 'server.address': 'inventory.shop.svc' },
      },
      {
        traceId,
        spanId: ids.db,
        parentSpanId: ids.server,
        name: 'SELECT orders',
        kind: kinds.client,
        startNs: s + dur - 180n * ms,
        endNs: s + dur - 30n * ms,
        attributes: { 'db.system': 'postgresql', 'db.operation.name': 'SELECT' },
        ...(failed ? { error: failed } : {}),
      },
    );
    if (i === 0) slowest = { traceId, spanId: ids.server, children: [ids.inv, ids.db], start: s };
  });
  for (const [i, durMs] of [80, 120].entries()) {
    const start = t0 + BigInt(10_000 + i * 30_000) * ms;
    frontend.push({
      traceId: randomId(16),
      spanId: randomId(8),
      name: 'GET /',
      kind: kinds.server,
      startNs: start,
      endNs: start + BigInt(durMs) * ms,
      attributes: { 'http.route': '/' },
    });
  }
  assert.ok(slowest);
  const hotFunction = 'main.(*PriceCalculator).applyDiscounts';
  const descendantFunction = 'tcp_recvmsg';
  return {
    traceId: slowest.traceId,
    checkoutSpanId: slowest.spanId,
    hotFunction,
    descendantFunction,
    checkoutPod: checkoutResource['k8s.pod.name'],
    traces: [traceRequest(frontendResource, frontend), traceRequest(checkoutResource, checkout)],
    profiles: [journeyProfiles(slowest, hotFunction, checkoutResource['container.id'])],
  };
}

/** Sends the fixture over OTLP/gRPC, traces first, and fails loudly if ingest refuses any. */
export async function sendJourneyFixture(grpcPort: number, fixture: JourneyFixture): Promise<void> {
  for (const body of fixture.traces) {
    const answer = await exportOverGrpc(grpcPort, 'traces', body);
    assert.ok(answer.ok, `traces export failed: ${JSON.stringify(answer)}`);
  }
  for (const body of fixture.profiles) {
    const answer = await exportOverGrpc(grpcPort, 'profiles', body);
    assert.ok(answer.ok, `profiles export failed: ${JSON.stringify(answer)}`);
  }
}
