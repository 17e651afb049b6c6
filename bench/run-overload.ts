import type * as grpc from '@grpc/grpc-js';
import { setTimeout as sleep } from 'node:timers/promises';
import { exportGrpc, exportHttp, type ExportOutcome, type Transport } from './overload-exports';
import { distinctRequestBody, type SpanIdTemplate } from './distinct-trace-requests';
import { createRawClient } from './run-grpc-load';
import type { ServerChild } from './server-child';

/** How the overload phase runs. */
export interface OverloadConfig {
  /** How long requests are started, s. */
  seconds: number;
  /** Each request's client deadline, ms: gRPC deadline (grpc-timeout) and HTTP abort. */
  clientTimeoutMs: number;
  /** Offered spans/s as a multiple of the capacity the traces phase measured. */
  factor: number;
  /** Every `httpEvery`-th request goes over OTLP/HTTP, the others over gRPC. */
  httpEvery: number;
  /** gRPC connections the gRPC requests take turns on, as that many exporters would send. */
  grpcConnections: number;
}

/** One request of the phase and how it ended. */
export interface OverloadRequest {
  /** Its place in the schedule; its span ids carry it (distinct-trace-requests.ts). */
  index: number;
  transport: Transport;
  spans: number;
  /** How much later than scheduled it started, ms (the client falling behind). */
  lateMs: number;
  outcome: ExportOutcome;
}

export interface OverloadRun {
  config: OverloadConfig;
  /** Spans/s acknowledged in the traces phase, closed loop. */
  capacitySpansPerSec: number;
  /** Requests per second the schedule starts. */
  scheduledPerSec: number;
  /** How long requests were started: from the first one to one interval after the last, ms. */
  offeredMs: number;
  /** From the first request started to the last one settled, ms. */
  wallMs: number;
  requests: OverloadRequest[];
  /** The server's peak RSS by the end of the phase, KiB. */
  peakRssKiB: number;
  /** CPU seconds over the whole phase: the server (all threads) and this bench process. */
  serverCpuSeconds: number;
  benchCpuSeconds: number;
}

function connected(client: grpc.Client): Promise<void> {
  return new Promise((resolve, reject) => {
    client.waitForReady(Date.now() + 10_000, (error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}

/**
 * Open loop: request i starts at i / rate s whatever the answers before it, as independent
 * exporters would send, at `factor` × the measured capacity. Resolves once every request has
 * been answered or has timed out.
 */
export async function runOverload(
  config: OverloadConfig,
  server: ServerChild,
  templates: readonly SpanIdTemplate[],
  capacitySpansPerSec: number,
): Promise<OverloadRun> {
  const avgSpans = templates.reduce((n, t) => n + t.spans, 0) / Math.max(1, templates.length);
  const scheduledPerSec = (config.factor * capacitySpansPerSec) / avgSpans;
  const total = Math.floor(config.seconds * scheduledPerSec);
  const clients = Array.from({ length: Math.max(1, config.grpcConnections) }, () =>
    createRawClient(server.grpcPort, true),
  );
  // Connected before the schedule starts, so the first requests do not time connection set-up.
  await Promise.all(clients.map(connected));
  const url = `http://127.0.0.1:${server.httpPort}/v1/traces`;
  const requests: OverloadRequest[] = [];
  const pending: Promise<void>[] = [];
  const cpu0 = server.cpuSeconds();
  const bench0 = process.cpuUsage();
  const t0 = performance.now();
  let lastStart = t0;
  let grpcCalls = 0;
  for (let index = 0; index < total; index++) {
    const due = t0 + (index * 1000) / scheduledPerSec;
    const wait = due - performance.now();
    if (wait > 0.5) await sleep(wait);
    const template = templates[index % templates.length];
    if (!template) break;
    const http = index % config.httpEvery === config.httpEvery - 1;
    const transport: Transport = http ? 'http' : 'grpc';
    const client = http ? undefined : clients[grpcCalls++ % clients.length];
    const body = distinctRequestBody(template, 'overload', index);
    lastStart = performance.now();
    const lateMs = Math.max(0, lastStart - due);
    const call = client
      ? exportGrpc(client, body, config.clientTimeoutMs)
      : exportHttp(url, body, config.clientTimeoutMs);
    pending.push(
      call.then((outcome) => {
        requests.push({ index, transport, spans: template.spans, lateMs, outcome });
      }),
    );
  }
  await Promise.all(pending);
  const wallMs = performance.now() - t0;
  const bench = process.cpuUsage(bench0);
  for (const c of clients) c.close();
  requests.sort((a, b) => a.index - b.index);
  return {
    config,
    capacitySpansPerSec,
    scheduledPerSec,
    offeredMs: lastStart - t0 + 1000 / scheduledPerSec,
    wallMs,
    requests,
    peakRssKiB: server.peakRssKiB(),
    serverCpuSeconds: server.cpuSeconds() - cpu0,
    benchCpuSeconds: (bench.user + bench.system) / 1e6,
  };
}
