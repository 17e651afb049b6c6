import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild } from '@/scripts/ensure-web-build';
import { taggedPids } from '@/scripts/test-run/reap.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm start', () => {
  it('stops the server when npm itself is killed, as `kill <pid of npm start>` does', async () => {
    await ensureWebBuild();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'traceprof-npm-start-'));
    const probe = randomUUID();
    try {
      const npm = spawn('npm', ['start'], {
        cwd: root,
        env: {
          ...process.env,
          TRACEPROF_DATA_DIR: dataDir,
          PORT: '0',
          OTLP_GRPC_PORT: '0',
          OTLP_HTTP_PORT: '0',
          TRACEPROF_HOST: '127.0.0.1',
          NPM_START_PROBE: probe,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const lines: string[] = [];
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: npm.stdout }).on('line', (l) => {
          lines.push(l);
          if (l.startsWith('{"event":"listening"')) resolve();
        });
        npm.on('exit', () => {
          reject(new Error(`npm start ended before listening:\n${lines.join('\n')}`));
        });
      });
      assert.ok(
        taggedPids('NPM_START_PROBE', probe).length >= 2,
        'npm, start.ts and the server run',
      );
      npm.kill('SIGTERM');
      const deadline = Date.now() + 30_000;
      while (taggedPids('NPM_START_PROBE', probe).length > 0 && Date.now() < deadline) {
        await delay(200);
      }
      assert.deepEqual(taggedPids('NPM_START_PROBE', probe), [], 'no process of npm start is left');
      assert.ok(
        lines.some((l) => l.includes('traceprof: stopped')),
        'the server stopped cleanly',
      );
    } finally {
      for (const pid of taggedPids('NPM_START_PROBE', probe)) process.kill(pid, 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
