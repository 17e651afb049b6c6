import * as grpc from '@grpc/grpc-js';
import { grpcRetryHint } from './grpc-retry-info';

const paths = {
  traces: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  profiles: '/opentelemetry.proto.collector.profiles.v1development.ProfilesService/Export',
  metrics: '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export',
  logs: '/opentelemetry.proto.collector.logs.v1.LogsService/Export',
} as const;

export type GrpcAnswer =
  | { ok: true; body: Buffer }
  | {
      ok: false;
      code: grpc.status;
      details: string;
      /** google.rpc.RetryInfo's delay from the `grpc-status-details-bin` trailer, seconds. */
      retryDelaySeconds: number | undefined;
    };

/** Sends raw bytes to an OTLP gRPC Export method, the way any client's stub would, gzip on. */
export function exportOverGrpc(
  port: number,
  signal: keyof typeof paths,
  body: Uint8Array,
  options: { token?: string; deadlineMs?: number } = {},
): Promise<GrpcAnswer> {
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    'grpc.default_compression_algorithm': grpc.compressionAlgorithms.gzip, // as the eBPF profiler sends
    'grpc.max_send_message_length': 128 * 1024 * 1024,
  });
  const metadata = new grpc.Metadata();
  if (options.token !== undefined) metadata.set('authorization', `Bearer ${options.token}`);
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      paths[signal],
      (b: Uint8Array) => Buffer.from(b),
      (b: Buffer) => b,
      body,
      metadata,
      options.deadlineMs === undefined ? {} : { deadline: Date.now() + options.deadlineMs },
      (err, value) => {
        client.close();
        if (err) {
          const delayMs = grpcRetryHint(err.metadata).retryInfoMs;
          resolve({
            ok: false,
            code: err.code,
            details: err.details,
            retryDelaySeconds: delayMs === undefined ? undefined : delayMs / 1000,
          });
        } else resolve({ ok: true, body: value ?? Buffer.alloc(0) });
      },
    );
  });
}
