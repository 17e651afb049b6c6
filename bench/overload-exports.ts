import * as grpc from '@grpc/grpc-js';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { grpcRetryHint } from '@/test/support/grpc-retry-info';
import { paths, readRejected } from './run-bench-phases';
import { exportOnce } from './run-grpc-load';
import { statusOf } from '@/test/support/otlp-answer';

const gzipAsync = promisify(gzip);
const readTraceRejected = readRejected.traces;

export type Transport = 'grpc' | 'http';

/** How one export with a client deadline ended. */
export interface ExportOutcome {
  /**
   * ok: answered OK (partial_success may still reject spans); refused: HTTP 503 or gRPC
   * UNAVAILABLE, retryable; timeout: the client gave up at its deadline; error: anything else.
   */
  kind: 'ok' | 'refused' | 'timeout' | 'error';
  /** From the start of the call to its answer or the client giving up, ms. */
  latencyMs: number;
  /** Spans partial_success reported as rejected (OK answers). */
  rejectedSpans: number;
  /** Refusals: Retry-After (HTTP) as sent. */
  retryAfter?: string;
  /** Refusals: google.rpc.RetryInfo delay in the gRPC status details, ms. */
  retryInfoMs?: number;
  /** Refusals: gRPC `grpc-retry-pushback-ms`. */
  pushbackMs?: number;
  /** Refusals and errors: "CODE: details" or "HTTP status: message". */
  message?: string;
}

/** One OTLP/gRPC trace export (gzip, like the channel's other calls) with `timeoutMs` as deadline. */
export async function exportGrpc(
  client: grpc.Client,
  body: Buffer,
  timeoutMs: number,
): Promise<ExportOutcome> {
  const t0 = performance.now();
  const { error, response } = await exportOnce(client, paths.traces, body, timeoutMs);
  const latencyMs = performance.now() - t0;
  if (!error) {
    const rejectedSpans = response ? readTraceRejected(response).rejected : 0;
    return { kind: 'ok', latencyMs, rejectedSpans };
  }
  const message = `${grpc.status[error.code]}: ${error.details}`;
  if (error.code === grpc.status.DEADLINE_EXCEEDED) {
    return { kind: 'timeout', latencyMs, rejectedSpans: 0, message };
  }
  if (error.code !== grpc.status.UNAVAILABLE) {
    return { kind: 'error', latencyMs, rejectedSpans: 0, message };
  }
  const hint = grpcRetryHint(error.metadata);
  return {
    kind: 'refused',
    latencyMs,
    rejectedSpans: 0,
    message,
    retryInfoMs: hint.retryInfoMs,
    pushbackMs: hint.pushbackMs,
  };
}

function statusMessage(body: Buffer): string {
  try {
    return statusOf(body).message;
  } catch {
    return body.toString('utf8', 0, 200);
  }
}

/**
 * One OTLP/HTTP protobuf trace export, gzip-compressed like the gRPC calls, aborted after
 * `timeoutMs` (compression, sending and reading the answer included).
 */
export async function exportHttp(
  url: string,
  body: Buffer,
  timeoutMs: number,
): Promise<ExportOutcome> {
  const t0 = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, timeoutMs);
  try {
    const compressed = await gzipAsync(body);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' },
      body: new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.length),
      signal: controller.signal,
    });
    const answer = Buffer.from(await res.arrayBuffer());
    const latencyMs = performance.now() - t0;
    if (res.status === 200) {
      return { kind: 'ok', latencyMs, rejectedSpans: readTraceRejected(answer).rejected };
    }
    const message = `HTTP ${res.status}: ${statusMessage(answer)}`;
    if (res.status !== 503) return { kind: 'error', latencyMs, rejectedSpans: 0, message };
    const retryAfter = res.headers.get('retry-after') ?? undefined;
    return { kind: 'refused', latencyMs, rejectedSpans: 0, message, retryAfter };
  } catch (e) {
    const latencyMs = performance.now() - t0;
    if (controller.signal.aborted) return { kind: 'timeout', latencyMs, rejectedSpans: 0 };
    const message = `fetch failed: ${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)}`;
    return { kind: 'error', latencyMs, rejectedSpans: 0, message };
  } finally {
    clearTimeout(timer);
  }
}
