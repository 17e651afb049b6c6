import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import type { WebAccess } from './access/access-config';
import { createWebGuard } from './access/web-guard';

export interface RunningWeb {
  port: number;
  stop(): Promise<void>;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Serves the Next.js app (pages and /api) from this process, so it shares the store client. */
export async function startWeb(options: {
  host: string;
  port: number;
  dev: boolean;
  access: WebAccess;
}): Promise<RunningWeb> {
  const app = next({ dev: options.dev, dir: root, hostname: options.host, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const guard = createWebGuard(options.access, { dev: options.dev });
  // Large enough for /sql?q= links that carry a whole query (Show SQL of a big trace).
  const server = http.createServer({ maxHeaderSize: 256 * 1024 }, (req, res) => {
    guard(req, res)
      .then((pass) => (pass ? handle(req, res) : undefined))
      .catch((e: unknown) => {
        console.error('traceprof: web request failed', e);
        if (!res.headersSent) res.writeHead(500).end('internal error');
      });
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : options.port);
    });
  });
  return {
    port,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      });
      await app.close();
    },
  };
}
