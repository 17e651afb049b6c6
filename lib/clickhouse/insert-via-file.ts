import 'server-only';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
 * its insert returns, whether it succeeded or not; what is left at exit is removed then.
 */
export function fileInserter(
  client: ClickHouseClient,
): (target: InsertTarget, payload: Buffer) => Promise<void> {
  let dir: string | undefined;
  let next = 0;
  return async (target, payload) => {
    dir ??= payloadDir();
    const path = join(dir, `${++next}.${target.format}`);
    await writeFile(path, payload, { mode: 0o600, flag: 'wx' });
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

/** A new private directory on tmpfs (/dev/shm) where the system has one, else in the temp dir. */
function payloadDir(): string {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dir = mkdtempSync(join(base, `traceprof-insert-${process.pid}-`));
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
