import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import type { SqlSandbox } from '../sql-console/sql-sandbox';

// The embedded engine binds one data directory per process, so the OTLP listeners and the web
// app's route handlers must share one client. Next.js bundles route handlers separately from the
// custom server, so module state is not shared: the process-wide symbol registry is.
const key = Symbol.for('traceprof.store-client');
const sandboxKey = Symbol.for('traceprof.sql-sandbox');
const otlpKey = Symbol.for('traceprof.otlp-ports');

/** The ports this process's OTLP listeners bound (not the ones asked for: 0 picks one). */
export interface OtlpPorts {
  grpcPort: number;
  httpPort: number;
}

interface StoreHolder {
  [key]?: ClickHouseClient;
  [sandboxKey]?: SqlSandbox;
  [otlpKey]?: OtlpPorts;
}

/** Called once by the server at start-up with the client everything should use. */
export function setSharedStore(client: ClickHouseClient): void {
  (globalThis as StoreHolder)[key] = client;
}

/** The process's store client, as set by server.ts (`npm start` / `npm run dev`). */
export function getSharedStore(): Promise<ClickHouseClient> {
  const client = (globalThis as StoreHolder)[key];
  if (!client) {
    return Promise.reject(
      new Error('no store: the web app runs inside traceprof’s server (npm start or npm run dev)'),
    );
  }
  return Promise.resolve(client);
}

/** Called once by the server with the sandbox the SQL console runs users' queries in. */
export function setSharedSqlSandbox(sandbox: SqlSandbox): void {
  (globalThis as StoreHolder)[sandboxKey] = sandbox;
}

export function getSharedSqlSandbox(): Promise<SqlSandbox> {
  const sandbox = (globalThis as StoreHolder)[sandboxKey];
  return sandbox
    ? Promise.resolve(sandbox)
    : Promise.reject(new Error('no SQL sandbox: the web app runs inside traceprof’s server'));
}

/** Called by the server once its OTLP listeners are bound. */
export function setSharedOtlpPorts(ports: OtlpPorts): void {
  (globalThis as StoreHolder)[otlpKey] = ports;
}

/** The OTLP ports this process listens on; undefined when it runs no ingest (web role only). */
export function getSharedOtlpPorts(): OtlpPorts | undefined {
  return (globalThis as StoreHolder)[otlpKey];
}
