import type { ClickHouseClient } from '@clickhouse/client';
import { loadResourceContext } from './context/load-resource-context';
import { ResourceContext } from './context/resource-context';
import { ExportPipeline } from './pipeline/export-pipeline';
import { otelTracesTypes } from './rows/otel-traces-binary';
import { profileSamplesIngestTypes } from './rows/profile-samples-ingest-binary';
import { checkColumnTypes } from './sink/check-column-types';
import type { BatchingWriterOptions } from './sink/batching-writer';
import { bindGrpcServer, createGrpcServer, shutdownGrpcServer } from './transport/grpc-server';
import { closeHttp, createHttpServer, listenHttp } from './transport/http-server';

export interface IngestOptions {
  client: ClickHouseClient;
  host: string;
  grpcPort: number;
  httpPort: number;
  /** TRACEPROF_INGEST_TOKEN: when set, requests need `Authorization: Bearer <token>`. */
  token: string | undefined;
  writer?: Partial<BatchingWriterOptions>;
  /** TRACEPROF_TTL_DAYS: older items are rejected at the door (see column-rules.ts). */
  retentionDays?: number;
  /** TRACEPROF_INGEST_TIMEOUT_MS: the time within which a request is written or refused. */
  admissionMs?: number;
}

export interface RunningIngest {
  grpcPort: number;
  httpPort: number;
  pipeline: ExportPipeline;
  /** Stops listening, answers requests under way after their rows are stored, flushes queues. */
  stop(): Promise<void>;
}

/** Starts the OTLP listeners over one shared pipeline into the store. */
export async function startIngest(options: IngestOptions): Promise<RunningIngest> {
  // The binary encoders must match the tables they write, or their bytes land in wrong columns.
  await checkColumnTypes(options.client, 'profile_samples_ingest', profileSamplesIngestTypes);
  await checkColumnTypes(options.client, 'otel_traces', otelTracesTypes);
  const context = new ResourceContext();
  await loadResourceContext(options.client, context);
  const pipeline = new ExportPipeline(options.client, context, options.writer, {
    ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
    ...(options.admissionMs === undefined ? {} : { admissionMs: options.admissionMs }),
  });
  await pipeline.ledger.load(options.client);
  const grpcServer = createGrpcServer({ pipeline, token: options.token });
  const httpServer = createHttpServer({ pipeline, token: options.token });
  const grpcPort = await bindGrpcServer(grpcServer, options.host, options.grpcPort);
  const httpPort = await listenHttp(httpServer, options.host, options.httpPort);
  return {
    grpcPort,
    httpPort,
    pipeline,
    async stop() {
      await Promise.all([shutdownGrpcServer(grpcServer), closeHttp(httpServer), pipeline.drain()]);
    },
  };
}
