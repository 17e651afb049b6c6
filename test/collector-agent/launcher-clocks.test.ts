import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { requireBuilt } from '../support/require-built';
import { requireOrSkip } from '../support/require-or-skip';

const agentDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../collector-agent',
);

/** Seconds the test's time namespace is set ahead of the host's monotonic and boot-time clocks. */
const OFFSET = 30;

/** Why this machine cannot make time namespaces for the test, or undefined when it can. */
function unavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'time namespaces need root';
  if (!existsSync('/proc/self/timens_offsets')) return 'the kernel has no time namespaces';
  if (spawnSync('go', ['version']).status !== 0) return 'Go is not installed';
  const probe = spawnSync('unshare', [...offsetNamespace(), 'true']);
  return probe.status === 0 ? undefined : 'unshare cannot create a time namespace here';
}

/**
 * `unshare` arguments that run a command in a new time namespace `seconds` ahead of the host's
 * clocks (offsets are always relative to the host, wherever the test itself runs).
 */
function offsetNamespace(seconds = OFFSET): string[] {
  const s = String(seconds);
  return ['--time', '--monotonic', s, '--boottime', s, '--fork', '--'];
}

function uptimeSeconds(text: string): number {
  return Number(text.trim().split(/\s+/)[0]);
}

describe('the agent launcher in a time namespace', () => {
  const reason = unavailable();

  it('is asked for the host clocks when the monotonic clock is offset', (t) => {
    if (!requireOrSkip(t, reason === undefined, reason ?? '')) return;
    const plain = spawnSync(
      'unshare',
      [...offsetNamespace(0), process.execPath, path.join(agentDir, 'run.mjs'), '--check'],
      { encoding: 'utf8' },
    );
    const offset = spawnSync(
      'unshare',
      [...offsetNamespace(), process.execPath, path.join(agentDir, 'run.mjs'), '--check'],
      { encoding: 'utf8' },
    );
    assert.equal(offset.status, 0, offset.stderr);
    assert.match(offset.stdout, /-host-clocks/);
    assert.doesNotMatch(plain.stdout, /-host-clocks/);
  });

  it("runs the agent on the host's monotonic clock, which the profiler's BPF timestamps use", (t) => {
    if (!requireOrSkip(t, reason === undefined, reason ?? '')) return;
    const launcher = requireBuilt(t, 'launcher');
    if (launcher === undefined) return;

    // /proc/uptime reads the boot-time clock of the reader's time namespace.
    const hostClock = spawnSync('unshare', [...offsetNamespace(0), 'cat', '/proc/uptime'], {
      encoding: 'utf8',
    });
    const host = uptimeSeconds(hostClock.stdout);
    const inside = spawnSync('unshare', [...offsetNamespace(), 'cat', '/proc/uptime'], {
      encoding: 'utf8',
    });
    const bridged = spawnSync(
      'unshare',
      [...offsetNamespace(), launcher, '-host-clocks', '--', '/bin/cat', '/proc/uptime'],
      { encoding: 'utf8' },
    );
    assert.equal(bridged.status, 0, bridged.stderr);
    const drift = (text: string) => uptimeSeconds(text) - host;
    // Without the launcher the namespace's clock runs OFFSET seconds ahead; with it, it is the host's.
    assert.ok(Math.abs(drift(inside.stdout) - OFFSET) < 5, `offset namespace: ${inside.stdout}`);
    assert.ok(Math.abs(drift(bridged.stdout)) < 5, `launched agent: ${bridged.stdout}`);
  });
});
