import 'server-only';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import type { InsertTarget } from './insert-raw';

/**
 * The embedded engine's insert: the payload is written to a file of this process's own on tmpfs
 * and read with `INSERT … SELECT * FROM file(…)`, in the table's own column types. Measured with
 * bench/insert-format-bench.ts, the engine parses a file 1.45–1.8× faster than the payload handed
 * over by chdb's rawInsert, and only a file lets it read RowBinary (rawInsert takes text formats
 * only).
 *
 * The directory is made per process with mode 0700, each file 0600, and each file is removed once
 * its insert returns, whether it succeeded or not; what is left at exit is removed then, and what
 * a killed process left is removed by the next one (see sweepLeftovers).
 */
export function fileInserter(
  client: ClickHouseClient,
): (target: InsertTarget, payload: Buffer) => Promise<void> {
  let dir: string | undefined;
  let next = 0;
  return async (target, payload) => {
    dir ??= payloadDir();
    let path = join(dir, `${++next}.${target.format}`);
    try {
      await writeFile(path, payload, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Removed under us (a sweep from another pid namespace sharing this tmpfs): a new one.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      dir = payloadDir();
      path = join(dir, `${++next}.${target.format}`);
      await writeFile(path, payload, { mode: 0o600, flag: 'wx' });
    }
    try {
      const structure = target.structure === undefined ? '' : `, '${target.structure}'`;
      await client.command({
        query: `INSERT INTO ${target.table} (${target.columns.join(', ')})
                SELECT * FROM file('${path}', '${target.format}'${structure})`,
        // Without a structure of its own, the file's columns are the insert's in their stored
        // types: nothing is inferred.
        clickhouse_settings: { use_structure_from_insertion_table_in_table_functions: '1' },
      });
    } finally {
      await unlink(path).catch(() => undefined);
    }
  };
}

/** Directories made by this process, removed when it exits. */
const made = new Set<string>();

const prefix = 'traceprof-insert-';

/** A new private directory on tmpfs (/dev/shm) where the system has one, else in the temp dir. */
function payloadDir(): string {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  if (made.size === 0) sweepLeftovers(base, Date.now());
  const dir = mkdtempSync(join(base, `${prefix}${process.pid}-`));
  // The path is spliced into SQL text: it must be plain, which mkdtemp's names are.
  if (!/^[\w./-]+$/.test(dir)) throw new Error(`unexpected temporary directory name ${dir}`);
  if (made.size === 0) {
    process.once('exit', () => {
      for (const d of made) rmSync(d, { recursive: true, force: true });
    });
  }
  made.add(dir);
  return dir;
}

/** How long a directory of a process that is not running here must have been idle to be removed. */
export const leftoverIdleMs = 10 * 60_000;

/**
 * Removes the payload directories of processes that were killed (their exit handler never ran):
 * those whose pid names no running process and that nothing has written to for `leftoverIdleMs`.
 * The idle bound spares a live process of another pid namespace that shares this tmpfs, which
 * would look dead from here; if one is removed anyway, its inserter makes a new directory.
 */
export function sweepLeftovers(base: string, now: number): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = /^traceprof-insert-(\d+)-/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || running(Number(pid))) continue;
    const path = join(base, name);
    try {
      if (now - statSync(path).mtimeMs < leftoverIdleMs) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
