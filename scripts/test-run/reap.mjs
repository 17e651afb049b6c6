// Finds and stops the processes a test run started, wherever they are in the process tree. Every
// process the run starts inherits an environment tag (TRACEPROF_TEST_RUN, and per test file
// TRACEPROF_TEST_FILE), and /proc/<pid>/environ shows a process's environment at exec, so a
// process that moved to its own process group or session (Chromium does) is found all the same.
//
//   node scripts/test-run/reap.mjs --after <pid> <run id>
// waits until process <pid> (the test runner) is gone, however it ended, then stops the run's
// processes: the backstop for a runner that was killed with SIGKILL.
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

export const RUN_TAG = 'TRACEPROF_TEST_RUN';
export const FILE_TAG = 'TRACEPROF_TEST_FILE';

/**
 * Pids (other than this process) whose environment holds `name=value`.
 * @param {string} name
 * @param {string} value
 * @returns {number[]}
 */
export function taggedPids(name, value) {
  const needle = `${name}=${value}`;
  const pids = [];
  let entries = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return pids; // not Linux: nothing to find this way
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    let environ;
    try {
      environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
    } catch {
      continue; // gone already, or not ours to read
    }
    if (environ.split('\0').includes(needle)) pids.push(pid);
  }
  return pids;
}

function signal(pids, sig) {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // exited in between
    }
  }
}

/** Kills every tagged process at once, without waiting: for 'exit' handlers, which cannot wait. */
export function killTaggedNow(name, value) {
  for (let round = 0; round < 5; round++) {
    const pids = taggedPids(name, value);
    if (pids.length === 0) return;
    signal(pids, 'SIGKILL');
  }
}

/**
 * Asks every tagged process to stop (SIGTERM), gives them `graceMs` to do so, then kills what is
 * left; repeats while new ones appear (a process may start a child while it is being stopped).
 * Resolves with how many processes it found.
 */
export async function reapTagged(name, value, graceMs = 3000) {
  const seen = new Set();
  for (let round = 0; round < 10; round++) {
    let pids = taggedPids(name, value);
    if (pids.length === 0) break;
    for (const p of pids) seen.add(p);
    signal(pids, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (pids.length > 0 && Date.now() < deadline) {
      await delay(100);
      pids = taggedPids(name, value);
    }
    signal(pids, 'SIGKILL');
    await delay(100);
  }
  return seen.size;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [flag, pid, runId] = process.argv.slice(2);
  if (flag !== '--after' || !pid || !runId) {
    console.error('usage: reap.mjs --after <pid> <run id>');
    process.exit(2);
  }
  // The runner stops this watcher itself when it ends normally.
  while (alive(Number(pid))) await delay(1000);
  await reapTagged(RUN_TAG, runId);
}
