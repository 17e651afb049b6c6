import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = path.join(root, 'test/fixtures/runner/leaves-a-process.test.ts');

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await delay(100);
  }
}

const alive = (pid: number) =>
  existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

describe('npm test, interrupted', { skip: process.platform !== 'linux' && 'needs /proc' }, () => {
  for (const signal of ['SIGKILL', 'SIGINT'] as const) {
    it(`leaves no process it started running when the runner gets ${signal}`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'traceprof-runner-'));
      const pidFile = path.join(dir, 'pid');
      try {
        const runner = spawn(
          process.execPath,
          [path.join(root, 'scripts/run-tests.mjs'), fixture],
          {
            cwd: root,
            // NODE_TEST_CONTEXT would make the nested runner report to this one instead of running.
            env: { ...process.env, NODE_TEST_CONTEXT: undefined, RUNNER_FIXTURE_PID_FILE: pidFile },
            stdio: 'ignore',
          },
        );
        await until(
          () => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '',
          60_000,
          'the fixture started its process',
        );
        const pid = Number(readFileSync(pidFile, 'utf8'));
        assert.ok(alive(pid), 'the process runs, in a session of its own');
        runner.kill(signal);
        await until(() => !alive(pid), 15_000, `the process ended after the runner got ${signal}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
