// `npm start`: builds the web app when needed, then runs the server (OTLP listeners + web app)
// in production mode, passing stop signals on so it drains before it exits.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild } from './ensure-web-build';
import { whenOrphaned } from './when-orphaned';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  await ensureWebBuild();
} catch (e) {
  console.error(`traceprof: ${(e as Error).message}`);
  process.exit(1);
}
const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
const unwatch = whenOrphaned(() => server.kill('SIGTERM'));
server.on('exit', (code, signal) => {
  unwatch();
  process.exit(code ?? (signal ? 1 : 0));
});
