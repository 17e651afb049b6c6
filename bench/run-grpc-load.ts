import * as grpc from '@grpc/grpc-js';

/** One pre-encoded request and how many items (spans or sample hits) it carries. */
export interface LoadPayload {
  body: Buffer;
  items: number;
}

export interface LoadOptions {
  client: grpc.Client;
  /** gRPC method path, e.g. /opentelemetry.proto.collector.trace.v1.TraceService/Export. */
  path: string;
  payloads: readonly LoadPayload[];
  /** The body to send as request `index` (0-based, in start order); the payload's own otherwise. */
  bodyOf?: (payload: LoadPayload, index: number) => Buffer;
  /** Requests in flight at once. */
  concurrency: number;
  /** Stop after this many requests (the payload list is cycled when it is shorter). */
  maxRequests: number;
  /** Stop starting requests after this many ms. */
  maxMs: number;
  /** Reads partial_success from an OK response: how many the server rejected, and its message. */
  readRejected: (response: Buffer) => { rejected: number; message: string };
  /**
   * What partial_success counts: 'items' when it counts the payload's own items (rejected_spans),
   * 'parts' when it counts something else (rejected_profiles); then a request with any rejection
   * is not counted as acknowledged at all, since which hits were dropped is unknown.
   */
  rejectedUnit: 'items' | 'parts';
}

export interface LoadResult {
  requests: number;
  okRequests: number;
  /** Items in OK responses, minus those the response reported as rejected. */
  ackedItems: number;
  /** partial_success rejections, by message. */
  rejections: Map<string, number>;
  /** Failed calls, by "CODE: details". */
  errors: Map<string, number>;
  /** Per-request latency, ms, of every finished call (OK or not). */
  latenciesMs: number[];
  /** From the first call started to the last one answered, ms. */
  wallMs: number;
}

/** Default per call deadline: generous, a call that takes this long is a finding in itself. */
const defaultDeadlineMs = 120_000;

/** One unary export of raw bytes; the deadline reaches the server as `grpc-timeout`. */
export function exportOnce(
  client: grpc.Client,
  path: string,
  body: Buffer,
  deadlineMs = defaultDeadlineMs,
): Promise<{ error: grpc.ServiceError | null; response: Buffer | undefined }> {
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      path,
      (b: Buffer) => b,
      (b: Buffer) => b,
      body,
      new grpc.Metadata(),
      { deadline: Date.now() + deadlineMs },
      (error, response) => {
        resolve({ error, response });
      },
    );
  });
}

/** Sends payloads with `concurrency` calls in flight until the count or the time runs out. */
export async function runGrpcLoad(o: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    requests: 0,
    okRequests: 0,
    ackedItems: 0,
    rejections: new Map(),
    errors: new Map(),
    latenciesMs: [],
    wallMs: 0,
  };
  const started = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < o.maxRequests && performance.now() - started < o.maxMs) {
      const index = next++;
      const payload = o.payloads[index % o.payloads.length];
      if (!payload) return;
      const body = o.bodyOf ? o.bodyOf(payload, index) : payload.body;
      const t0 = performance.now();
      const { error, response } = await exportOnce(o.client, o.path, body);
      result.latenciesMs.push(performance.now() - t0);
      result.requests++;
      if (error) {
        const key = `${grpc.status[error.code]}: ${error.details}`;
        result.errors.set(key, (result.errors.get(key) ?? 0) + 1);
        continue;
      }
      result.okRequests++;
      const { rejected, message } = response
        ? o.readRejected(response)
        : { rejected: 0, message: '' };
      const lost =
        rejected === 0
          ? 0
          : o.rejectedUnit === 'items'
            ? Math.min(rejected, payload.items)
            : payload.items;
      result.ackedItems += payload.items - lost;
      if (rejected > 0)
        result.rejections.set(message, (result.rejections.get(message) ?? 0) + rejected);
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  result.wallMs = performance.now() - started;
  return result;
}

/**
 * A raw channel that sends bytes as they are, gzip-compressed like the OTel collector's default.
 * `ownConnection` gives it a connection of its own, as a separate exporter process would have;
 * otherwise channels to the same port share one.
 */
export function createRawClient(port: number, ownConnection = false): grpc.Client {
  return new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    'grpc.default_compression_algorithm': grpc.compressionAlgorithms.gzip,
    'grpc.max_send_message_length': 64 * 1024 * 1024,
    ...(ownConnection ? { 'grpc.use_local_subchannel_pool': 1 } : {}),
  });
}

/** The q-quantile (0..1) of a list, nearest-rank; 0 for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}
