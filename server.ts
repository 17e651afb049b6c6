/**
 * traceprof's one process: the OTLP listeners and the web app over one store client.
 * `npm start` builds the app if needed and runs this file; `npm run dev` runs it with --dev.
 */
import { applySchema } from './lib/clickhouse/apply-schema';
import { createStoreClient } from './lib/clickhouse/create-store-client';
import {
  setSharedOtlpPorts,
  setSharedSqlSandbox,
  setSharedStore,
} from './lib/clickhouse/shared-store';
import { SqlSandbox } from './lib/sql-console/sql-sandbox';
import { storeConfigFromEnv } from './lib/clickhouse/store-config';
import { startIngest } from './ingest/start-ingest';
import { startWeb } from './server/start-web';
import { checkWebExposure, webAccessFromEnv } from './server/access/access-config';

/** TRACEPROF_ROLES: which parts this process runs; both by default. */
function roles(): { ingest: boolean; web: boolean } {
  const raw = (process.env.TRACEPROF_ROLES ?? 'ingest,web').split(',').map((r) => r.trim());
  const unknown = raw.filter((r) => r !== 'ingest' && r !== 'web');
  if (unknown.length > 0 || raw.length === 0) {
    throw new Error(
      `TRACEPROF_ROLES must list ingest and/or web, got ${process.env.TRACEPROF_ROLES ?? ''}`,
    );
  }
  return { ingest: raw.includes('ingest'), web: raw.includes('web') };
}

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`${name} must be a port number, got ${raw}`);
  }
  return n;
}

/** TRACEPROF_INGEST_TIMEOUT_MS: the time within which an OTLP request is written or refused. */
function ingestTimeoutMs(): number {
  const raw = process.env.TRACEPROF_INGEST_TIMEOUT_MS;
  if (raw === undefined || raw === '') return 5000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 100 || n > 600_000) {
    throw new Error(
      `TRACEPROF_INGEST_TIMEOUT_MS must be a whole number of ms from 100 to 600000, got ${raw}`,
    );
  }
  return n;
}

async function main(): Promise<void> {
  const config = storeConfigFromEnv(process.env);
  // OTLP listeners on every address by default (guarded by the ingest token); the web app on
  // loopback unless told otherwise, and never exposed without access control (access-config.ts).
  const otlpHost = process.env.TRACEPROF_OTLP_HOST ?? process.env.TRACEPROF_HOST ?? '0.0.0.0';
  const webHost = process.env.TRACEPROF_WEB_HOST ?? process.env.TRACEPROF_HOST ?? '127.0.0.1';
  const run = roles();
  const access = webAccessFromEnv(process.env);
  if (run.web) checkWebExposure(webHost, access, process.env);
  const dev = process.argv.includes('--dev');
  const client = await createStoreClient(config);
  const schema = await applySchema(client, config.ttlDays);
  setSharedStore(client);
  const ingest = run.ingest
    ? await startIngest({
        client,
        host: otlpHost,
        grpcPort: port('OTLP_GRPC_PORT', 4317),
        httpPort: port('OTLP_HTTP_PORT', 4318),
        token: process.env.TRACEPROF_INGEST_TOKEN || undefined,
        retentionDays: config.ttlDays,
        admissionMs: ingestTimeoutMs(),
      })
    : undefined;
  if (ingest) setSharedOtlpPorts({ grpcPort: ingest.grpcPort, httpPort: ingest.httpPort });
  const sandbox = run.web ? await SqlSandbox.open(config) : undefined;
  if (sandbox) setSharedSqlSandbox(sandbox);
  const web = run.web
    ? await startWeb({ host: webHost, port: port('PORT', 3000), dev, access })
    : undefined;
  // Handlers go in before anyone is told where we listen: a signal right after that line must
  // find them.
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`traceprof: ${signal}: finishing requests under way, then stopping`);
    // The bound on a stop, below Kubernetes' default grace period of 30 s: listeners close their
    // connections after 20 s whatever clients do, and the process ends at 25 s in any case.
    setTimeout(() => {
      console.error('traceprof: did not stop within 25 s; exiting now');
      process.exit(1);
    }, 25_000).unref();
    Promise.all([ingest?.stop(), web?.stop()])
      .then(() => sandbox?.close())
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

  const store =
    config.mode === 'embedded'
      ? `embedded ClickHouse at ${config.dataDir}`
      : `ClickHouse at ${config.url}`;
  const shown = (h: string) => (h === '0.0.0.0' || h === '::' ? 'localhost' : h);
  console.log(`traceprof: store ${store}; schema files applied now: ${schema.applied.length}`);
  if (ingest) {
    console.log(
      `traceprof: OTLP gRPC on ${otlpHost}:${ingest.grpcPort}, OTLP HTTP on http://${shown(otlpHost)}:${ingest.httpPort}`,
    );
  }
  if (web) {
    const how = {
      token: 'sign in with TRACEPROF_WEB_TOKEN',
      proxy: `user from ${access.mode === 'proxy' ? access.header : ''}`,
      open: 'no access control',
    }[access.mode];
    console.log(`traceprof: open http://${shown(webHost)}:${web.port} (${how})`);
  }
  // One machine-readable line for scripts and tests that start the server on port 0.
  console.log(
    JSON.stringify({
      event: 'listening',
      grpcPort: ingest?.grpcPort,
      httpPort: ingest?.httpPort,
      webPort: web?.port,
    }),
  );
}

main().catch((e: unknown) => {
  console.error('traceprof: could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
