import * as grpc from '@grpc/grpc-js';
import { encodeStatus } from '../otlp/encode-status';
import type { ExportCall } from '../pipeline/export-call';
import type { ExportPipeline } from '../pipeline/export-pipeline';
import { checkBearerToken } from './check-bearer-token';
import { ingestFailureOf } from './ingest-errors';

/** The largest request accepted after decompression (the eBPF profiler sends up to 32 MiB). */
export const maxMessageBytes = 64 * 1024 * 1024;

/** A unary Export method that moves bytes only; decoding is the pipeline's job. */
function exportMethod(path: string): grpc.MethodDefinition<Buffer, Uint8Array> {
  return {
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: (b: Buffer) => b,
    requestDeserialize: (b: Buffer) => b,
    responseSerialize: (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.length),
    responseDeserialize: (b: Buffer) => b,
  };
}

const services = {
  traces: { Export: exportMethod('/opentelemetry.proto.collector.trace.v1.TraceService/Export') },
  profiles: {
    Export: exportMethod(
      '/opentelemetry.proto.collector.profiles.v1development.ProfilesService/Export',
    ),
  },
  metrics: {
    Export: exportMethod('/opentelemetry.proto.collector.metrics.v1.MetricsService/Export'),
  },
  logs: { Export: exportMethod('/opentelemetry.proto.collector.logs.v1.LogsService/Export') },
};

export interface GrpcServerOptions {
  pipeline: ExportPipeline;
  token: string | undefined;
}

type Handler = grpc.handleUnaryCall<Buffer, Uint8Array>;

/** OTLP/gRPC: TraceService and ProfilesService Export; metrics and logs answer UNIMPLEMENTED. */
export function createGrpcServer({ pipeline, token }: GrpcServerOptions): grpc.Server {
  const server = new grpc.Server({
    'grpc.max_receive_message_length': maxMessageBytes,
    'grpc.max_send_message_length': 4 * 1024 * 1024,
  });
  const handle =
    (run: (body: Buffer, call: ExportCall) => Promise<Uint8Array>): Handler =>
    (call, callback) => {
      const auth = call.metadata.get('authorization')[0];
      if (!checkBearerToken(token, typeof auth === 'string' ? auth : undefined)) {
        callback({ code: grpc.status.UNAUTHENTICATED, details: 'missing or wrong bearer token' });
        return;
      }
      const receivedAt = Date.now();
      const gone = new AbortController();
      call.once('cancelled', () => {
        gone.abort();
      });
      const deadline = deadlineMs(call.getDeadline());
      run(call.request, {
        receivedAt,
        signal: gone.signal,
        ...(deadline === undefined ? {} : { deadline }),
      }).then(
        (response) => {
          callback(null, response);
        },
        (error: unknown) => {
          const failure = ingestFailureOf(error);
          const metadata = new grpc.Metadata();
          if (failure.retryAfterSeconds !== undefined) {
            // google.rpc.RetryInfo: the Collector's OTLP exporter waits this long before retrying.
            metadata.set(
              'grpc-status-details-bin',
              Buffer.from(
                encodeStatus(failure.grpc, failure.message, 'protobuf', failure.retryAfterSeconds),
              ),
            );
          }
          callback({ code: failure.grpc, details: failure.message, metadata });
        },
      );
    };
  const unimplemented =
    (signal: string): Handler =>
    (_call, callback) => {
      callback({
        code: grpc.status.UNIMPLEMENTED,
        details: `traceprof ingests traces and profiles; ${signal} are not supported yet`,
      });
    };
  server.addService(services.traces, {
    Export: handle((b, c) => pipeline.exportTraces(b, 'protobuf', c)),
  });
  server.addService(services.profiles, {
    Export: handle((b, c) => pipeline.exportProfiles(b, 'protobuf', c)),
  });
  server.addService(services.metrics, { Export: unimplemented('metrics') });
  server.addService(services.logs, { Export: unimplemented('logs') });
  return server;
}

/** A call's deadline in ms since the epoch, or undefined when the client set none. */
function deadlineMs(deadline: grpc.Deadline): number | undefined {
  const ms = deadline instanceof Date ? deadline.getTime() : deadline;
  return Number.isFinite(ms) ? ms : undefined;
}

/** Binds and resolves with the port actually bound (0 picks a free one). */
export function bindGrpcServer(server: grpc.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (err, bound) => {
      if (err) reject(err);
      else resolve(bound);
    });
  });
}

/** Stops accepting calls and resolves when those under way have answered. */
export function shutdownGrpcServer(server: grpc.Server, deadlineMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    // tryShutdown sends GOAWAY and waits for the calls under way; past the deadline, the calls
    // still open are cancelled (their clients retry) rather than holding the process.
    const deadline = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, deadlineMs);
    server.tryShutdown(() => {
      clearTimeout(deadline);
      resolve();
    });
  });
}
