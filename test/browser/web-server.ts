import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureWebBuild } from '@/scripts/ensure-web-build';
import { spawnServer, type ServerProcess } from '../support/spawn-server';

export interface WebServer {
  /** http://127.0.0.1:<port> of the web app. */
  url: string;
  grpcPort: number;
  server: ServerProcess;
  stop(): Promise<void>;
}

/**
 * The real server (OTLP ingest and the web app in one process, as `npm start` runs it) over a
 * fresh embedded store, after building the web app if its sources changed; `env` adds to the
 * server's environment (access control, say).
 */
export async function startWebServer(env: Record<string, string> = {}): Promise<WebServer> {
  await ensureWebBuild();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'traceprof-browser-'));
  const server = await spawnServer({
    TRACEPROF_ROLES: 'ingest,web',
    TRACEPROF_DATA_DIR: dataDir,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    ...env,
  });
  return {
    url: `http://127.0.0.1:${server.webPort!}`,
    grpcPort: server.grpcPort,
    server,
    async stop() {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
