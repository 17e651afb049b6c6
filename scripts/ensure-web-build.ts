import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const s = statSync(target);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(target).reduce(
    (m, name) => Math.max(m, newestMtime(path.join(target, name))),
    0,
  );
}

/** Held while a process runs `next build`, so parallel test files and starts do not race. */
const buildLock = path.join(root, '.next-build.lock');

/**
 * Runs `next build` when the web app's build is missing or older than its sources; waits for a
 * build another process is running and then uses it.
 */
export async function ensureWebBuild(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(buildLock);
      break;
    } catch {
      // A lock older than any build could take was left by a killed process.
      const since = statSync(buildLock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 10 * 60_000) rmSync(buildLock, { recursive: true, force: true });
      await delay(250);
    }
  }
  try {
    buildIfStale();
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}

function buildIfStale(): void {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const sources = ['app', 'components', 'lib', 'next.config.mjs', 'package-lock.json'];
  const newest = Math.max(...sources.map((p) => newestMtime(path.join(root, p))));
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newest) return;
  console.log('traceprof: building the web app (next build)…');
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status ?? 'signal'})`);
}
