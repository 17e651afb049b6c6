import * as grpc from '@grpc/grpc-js';
import protobuf from 'protobufjs';

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

/**
 * The RetryInfo delay in a google.rpc.Status, read field by field with the numbers of googleapis'
 * status.proto (details = 3), any.proto (type_url = 1, value = 2), error_details.proto
 * (RetryInfo.retry_delay = 1) and duration.proto (seconds = 1): a reader of its own, so a wrong
 * field number on the server's side shows.
 */
export function retryDelayOf(statusBytes: Uint8Array): number | undefined {
  /** Length-delimited fields by number, and varints (small enough for 32 bits here). */
  const fields = (bytes: Uint8Array) => {
    const nested = new Map<number, Uint8Array[]>();
    const varints = new Map<number, number>();
    const r = protobuf.Reader.create(bytes);
    while (r.pos < r.len) {
      const tag = r.uint32();
      const field = tag >>> 3;
      if ((tag & 7) === 2) nested.set(field, [...(nested.get(field) ?? []), r.bytes()]);
      else if ((tag & 7) === 0) varints.set(field, r.uint32());
      else r.skipType(tag & 7);
    }
    return { nested, varints };
  };
  for (const any of fields(statusBytes).nested.get(3) ?? []) {
    const a = fields(any).nested;
    const url = Buffer.from(a.get(1)?.[0] ?? []).toString();
    if (url !== 'type.googleapis.com/google.rpc.RetryInfo') continue;
    const duration = fields(a.get(2)?.[0] ?? new Uint8Array()).nested.get(1)?.[0];
    return fields(duration ?? new Uint8Array()).varints.get(1) ?? 0;
  }
  return undefined;
}

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
          const [details] = err.metadata.get('grpc-status-details-bin');
          resolve({
            ok: false,
            code: err.code,
            details: err.details,
            retryDelaySeconds: details instanceof Buffer ? retryDelayOf(details) : undefined,
          });
        } else resolve({ ok: true, body: value ?? Buffer.alloc(0) });
      },
    );
  });
}
