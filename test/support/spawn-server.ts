import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  child: ChildProcess;
  grpcPort: number;
  httpPort: number;
  /** The web app's port, when TRACEPROF_ROLES includes web. */
  webPort: number | undefined;
  /** Everything the server printed so far. */
  output: string[];
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
}

/** Starts `server.ts` as its own process (as `npm start` does) on free ports; resolves once it listens. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      OTLP_GRPC_PORT: '0',
      OTLP_HTTP_PORT: '0',
      PORT: '0',
      TRACEPROF_HOST: '127.0.0.1',
      // Only the listeners unless a test asks for the web app too (it needs `next build` first).
      TRACEPROF_ROLES: 'ingest',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
    });
  });
  createInterface({ input: child.stderr }).on('line', (l) => output.push(l));
  const ports = await new Promise<{ grpcPort: number; httpPort: number; webPort?: number }>(
    (resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        output.push(line);
        if (line.startsWith('{"event":"listening"'))
          resolve(JSON.parse(line) as { grpcPort: number; httpPort: number; webPort?: number });
      });
      void exited.then((code) => {
        reject(new Error(`server exited (${code}) before listening:\n${output.join('\n')}`));
      });
    },
  );
  return { child, ...ports, webPort: ports.webPort, output, exited };
}
