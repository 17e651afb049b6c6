import type { Transport } from './overload-exports';
import type { OverloadRequest, OverloadRun } from './run-overload';
import { quantile } from './run-grpc-load';

/** The overload phase's figures for one transport or both. */
export interface OverloadFigures {
  requests: number;
  offeredRequestsPerSec: number;
  offeredSpansPerSec: number;
  /** Spans in OK answers (minus partial_success rejections) per second of the whole phase. */
  ackedSpansPerSec: number;
  okRequests: number;
  /** Latency of requests the server answered (OK, refused or failed), not of client timeouts. */
  answeredP50Ms: number;
  answeredP99Ms: number;
  /** Answered 503 (HTTP) or UNAVAILABLE (gRPC). */
  refused: number;
  refusedShare: number;
  /** Refusals that said when to retry: Retry-After (HTTP), RetryInfo or retry pushback (gRPC). */
  refusalsWithRetryHintShare: number;
  everyRefusalHinted: boolean;
  /** gRPC refusals whose status details carry google.rpc.RetryInfo. */
  refusalsWithRetryInfo: number;
  /** gRPC refusals with a `grpc-retry-pushback-ms` trailer. */
  refusalsWithPushback: number;
  clientTimeouts: number;
  otherErrors: number;
  /** Timed out at the client, yet spans of the request are stored. */
  storedAfterTimeout: number | null;
  /** Refused, yet spans of the request are stored: the client's retry stores them twice. */
  storedAfterRefusal: number | null;
  /** Acknowledged, yet not every acknowledged span is stored: must be 0. */
  lost: number | null;
}

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));
const share = (n: number, of: number): number => (of > 0 ? round(n / of, 4) : 0);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function hinted(r: OverloadRequest): boolean {
  const o = r.outcome;
  return r.transport === 'http'
    ? (o.retryAfter ?? '') !== ''
    : o.retryInfoMs !== undefined || o.pushbackMs !== undefined;
}

function figures(
  run: OverloadRun,
  requests: readonly OverloadRequest[],
  stored: ReadonlyMap<number, number> | undefined,
): OverloadFigures {
  const of = (kind: OverloadRequest['outcome']['kind']): OverloadRequest[] =>
    requests.filter((r) => r.outcome.kind === kind);
  const ok = of('ok');
  const refused = of('refused');
  const answered = requests.filter((r) => r.outcome.kind !== 'timeout');
  const offeredS = run.offeredMs / 1000;
  const acked = ok.reduce((n, r) => n + r.spans - Math.min(r.spans, r.outcome.rejectedSpans), 0);
  const hints = refused.filter(hinted).length;
  const storedOf = (r: OverloadRequest): number => stored?.get(r.index) ?? 0;
  const count = (xs: OverloadRequest[], test: (r: OverloadRequest) => boolean): number | null =>
    stored ? xs.filter(test).length : null;
  return {
    requests: requests.length,
    offeredRequestsPerSec: offeredS > 0 ? round(requests.length / offeredS, 1) : 0,
    offeredSpansPerSec:
      offeredS > 0 ? round(requests.reduce((n, r) => n + r.spans, 0) / offeredS) : 0,
    ackedSpansPerSec: run.wallMs > 0 ? round((acked * 1000) / run.wallMs) : 0,
    okRequests: ok.length,
    answeredP50Ms: round(
      quantile(
        answered.map((r) => r.outcome.latencyMs),
        0.5,
      ),
      1,
    ),
    answeredP99Ms: round(
      quantile(
        answered.map((r) => r.outcome.latencyMs),
        0.99,
      ),
      1,
    ),
    refused: refused.length,
    refusedShare: share(refused.length, requests.length),
    refusalsWithRetryHintShare: share(hints, refused.length),
    everyRefusalHinted: refused.length > 0 && hints === refused.length,
    refusalsWithRetryInfo: refused.filter((r) => r.outcome.retryInfoMs !== undefined).length,
    refusalsWithPushback: refused.filter((r) => r.outcome.pushbackMs !== undefined).length,
    clientTimeouts: of('timeout').length,
    otherErrors: of('error').length,
    storedAfterTimeout: count(of('timeout'), (r) => storedOf(r) > 0),
    storedAfterRefusal: count(refused, (r) => storedOf(r) > 0),
    lost: count(ok, (r) => storedOf(r) < r.spans - Math.min(r.spans, r.outcome.rejectedSpans)),
  };
}

export type OverloadSummary = Record<Transport | 'all', OverloadFigures>;

/** Figures per transport and overall; the store checks once `stored` (by request) is known. */
export function summarizeOverload(
  run: OverloadRun,
  stored?: ReadonlyMap<number, number>,
): OverloadSummary {
  const on = (t: Transport): OverloadRequest[] => run.requests.filter((r) => r.transport === t);
  return {
    grpc: figures(run, on('grpc'), stored),
    http: figures(run, on('http'), stored),
    all: figures(run, run.requests, stored),
  };
}

/** Messages of refusals and errors, numbers folded so that similar ones group, most frequent first. */
function topMessages(run: OverloadRun, kind: 'refused' | 'error', limit = 3): string[] {
  const counts = new Map<string, number>();
  for (const r of run.requests) {
    if (r.outcome.kind !== kind) continue;
    const key = `${r.transport} ${(r.outcome.message ?? '').replace(/\d+(\.\d+)?/g, '#').slice(0, 160)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([m, n]) => `  ${kind === 'refused' ? 'refused' : 'ERROR'} x${n}: ${m}`);
}

function describeFigures(name: string, f: OverloadFigures, refusal: string, hint: string): string {
  if (f.requests === 0) return `  ${name}: no requests`;
  return (
    `  ${name}: ${f.requests} requests, offered ${f.offeredRequestsPerSec} req/s = ${f.offeredSpansPerSec} spans/s, ` +
    `acknowledged ${f.ackedSpansPerSec} spans/s (${f.okRequests} OK); answered p50 ${f.answeredP50Ms} ms, p99 ${f.answeredP99Ms} ms; ` +
    `${refusal} ${pct(f.refusedShare)} (${f.refused}), ${pct(f.refusalsWithRetryHintShare)} of them with ${hint}` +
    `${f.refused > 0 ? (f.everyRefusalHinted ? ' (every one)' : ' (NOT every one)') : ''}; ` +
    `client timeouts ${f.clientTimeouts}; other errors ${f.otherErrors}`
  );
}

export function describeOverload(run: OverloadRun, s: OverloadSummary): string[] {
  const c = run.config;
  const late = run.requests.map((r) => r.lateMs);
  const seconds = Math.max(0.001, run.wallMs / 1000);
  const g = s.grpc;
  return [
    `overload: open loop at ${c.factor}× the ${Math.round(run.capacitySpansPerSec)} spans/s measured = ${run.scheduledPerSec.toFixed(1)} requests/s ` +
      `for ${c.seconds} s, client deadline ${c.clientTimeoutMs} ms (gRPC grpc-timeout, HTTP abort); every ${c.httpEvery}th request over OTLP/HTTP protobuf, the others over gRPC on ${c.grpcConnections} connections`,
    describeFigures('grpc', g, 'UNAVAILABLE', 'RetryInfo or retry pushback'),
    ...(g.refused > 0
      ? [
          `    gRPC refusals with RetryInfo ${pct(share(g.refusalsWithRetryInfo, g.refused))}, with grpc-retry-pushback-ms ${pct(share(g.refusalsWithPushback, g.refused))}`,
        ]
      : []),
    describeFigures('http', s.http, '503', 'Retry-After'),
    describeFigures('all', s.all, 'refused', 'a retry hint'),
    ...topMessages(run, 'refused'),
    ...topMessages(run, 'error'),
    `  requests started late by p99 ${quantile(late, 0.99).toFixed(0)} ms, max ${quantile(late, 1).toFixed(0)} ms (the client keeping its schedule); ` +
      `${(run.wallMs / 1000).toFixed(1)} s until the last answer; server CPU ${(run.serverCpuSeconds / seconds).toFixed(2)} cores, ` +
      `bench client CPU ${(run.benchCpuSeconds / seconds).toFixed(2)} cores; server peak RSS ${(run.peakRssKiB / 1024).toFixed(0)} MiB by the end of the phase`,
  ];
}

/** The store checks, once the stopped server's store has been read. */
export function describeOverloadStore(s: OverloadSummary): string[] {
  const each = (field: 'storedAfterTimeout' | 'storedAfterRefusal' | 'lost'): string =>
    (['grpc', 'http', 'all'] as const).map((t) => `${t} ${s[t][field] ?? '-'}`).join(', ');
  const lost = s.all.lost ?? 0;
  return [
    `overload check: stored after timeout (timed out at the client, spans stored anyway): ${each('storedAfterTimeout')}`,
    `  stored after refusal (refused, spans stored anyway): ${each('storedAfterRefusal')}`,
    `  lost (acknowledged, spans not all stored; must be 0): ${each('lost')}${lost > 0 ? ' — ACKNOWLEDGED SPANS LOST' : ''}`,
  ];
}

/** The overload figures for the final JSON line. */
export function overloadJson(run: OverloadRun, s: OverloadSummary): Record<string, unknown> {
  return {
    capacitySpansPerSec: round(run.capacitySpansPerSec),
    factor: run.config.factor,
    seconds: run.config.seconds,
    clientTimeoutMs: run.config.clientTimeoutMs,
    httpShare: round(1 / run.config.httpEvery, 3),
    grpcConnections: run.config.grpcConnections,
    peakRssMiB: round(run.peakRssKiB / 1024, 1),
    serverCpuCores: round(run.serverCpuSeconds / Math.max(0.001, run.wallMs / 1000), 2),
    benchCpuCores: round(run.benchCpuSeconds / Math.max(0.001, run.wallMs / 1000), 2),
    ...s,
  };
}
