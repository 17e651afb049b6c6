/**
 * traceprof's one process: the OTLP listeners (and, with the span view, the web app) over one
 * store client. `npm start` runs this file.
 */
import { applySchema } from './lib/clickhouse/apply-schema';
import { createStoreClient } from './lib/clickhouse/create-store-client';
import { storeConfigFromEnv } from './lib/clickhouse/store-config';
import { startIngest } from './ingest/start-ingest';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new Error(`${name} must be a port number, got ${raw}`);
  return n;
}

async function main(): Promise<void> {
  const config = storeConfigFromEnv(process.env);
  const host = process.env.TRACEPROF_HOST ?? '0.0.0.0';
  const client = await createStoreClient(config);
  const schema = await applySchema(client, config.ttlDays);
  const ingest = await startIngest({
    client,
    host,
    grpcPort: port('OTLP_GRPC_PORT', 4317),
    httpPort: port('OTLP_HTTP_PORT', 4318),
    token: process.env.TRACEPROF_INGEST_TOKEN || undefined,
  });
  const store =
    config.mode === 'embedded'
      ? `embedded ClickHouse at ${config.dataDir}`
      : `ClickHouse at ${config.url}`;
  console.log(`traceprof: store ${store}; schema files applied now: ${schema.applied.length}`);
  console.log(
    `traceprof: OTLP gRPC on ${host}:${ingest.grpcPort}, OTLP HTTP on http://${host}:${ingest.httpPort}`,
  );
  // One machine-readable line for scripts and tests that start the server on port 0.
  console.log(
    JSON.stringify({ event: 'listening', grpcPort: ingest.grpcPort, httpPort: ingest.httpPort }),
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`traceprof: ${signal}: finishing requests under way, then stopping`);
    ingest
      .stop()
      .then(() => client.close())
      .then(() => {
        console.log('traceprof: stopped');
        process.exit(0);
      })
      .catch((e: unknown) => {
        console.error('traceprof: error while stopping', e);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
}

main().catch((e: unknown) => {
  console.error('traceprof: could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
