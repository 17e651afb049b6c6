import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { queryWeightedStacks } from '@/lib/correlation/weighted-stacks';
import { frameLabel } from '@/lib/flame/stack-rows-to-flame-tree';
import { localSymbolsFromEnv } from '@/lib/symbols/local-symbol-files';
import { sqlFragment } from '@/lib/clickhouse/sql';
import { buildNativeProgram, type NativeProgram } from '@/test/support/native-program';
import { loadNativeProfile, nativeProfileRequests } from '@/test/support/native-profile-fixture';
import { openTempStore, queryRows } from '@/test/support/temp-store';

/** Every sample's frames, labelled, through the reader every flame graph uses. */
async function labels(env: Record<string, string>, program: NativeProgram, buildId?: string) {
  const store = await openTempStore();
  try {
    await loadNativeProfile(store, nativeProfileRequests(program, buildId));
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const stacks = await queryWeightedStacks(
        store.client,
        sqlFragment`SELECT StackId, Value, SampleType FROM profile_samples`,
        'cpu',
      );
      const files = await queryRows<{ Source: string; Path: string }>(
        store.client,
        'SELECT DISTINCT Source, Path FROM symbol_files',
      );
      return { labels: stacks.flatMap((s) => s.frames.map(frameLabel)), files };
    } finally {
      process.env = saved;
    }
  } finally {
    await store.close();
  }
}

describe('symbols from local files', () => {
  it('names frames from the file of that name in a configured directory, once, stored as local', async (t) => {
    const program = buildNativeProgram(t);
    if (!program) return;
    try {
      const r = await labels(
        { TRACEPROF_LOCAL_SYMBOL_DIRS: `/nonexistent:${program.dir}` },
        program,
      );
      assert.deepEqual(r.labels.slice(1), ['parse_order', 'price_items', 'write_receipt']);
      assert.deepEqual(r.files, [{ Source: 'local', Path: program.binary }]);
    } finally {
      program.remove();
    }
  });

  it('reads nothing when turned off, or when the file there is another build', async (t) => {
    const program = buildNativeProgram(t);
    if (!program) return;
    try {
      const off = await labels(
        { TRACEPROF_LOCAL_SYMBOL_DIRS: program.dir, TRACEPROF_LOCAL_SYMBOLS: '0' },
        program,
      );
      assert.match(off.labels[1] ?? '', /^orders\+0x/);
      assert.deepEqual(off.files, []);
      const other = await labels(
        { TRACEPROF_LOCAL_SYMBOL_DIRS: program.dir },
        program,
        'ffffffffffffffffffffffffffffffffffffffff',
      );
      assert.match(other.labels[1] ?? '', /^orders\+0x/);
      assert.deepEqual(other.files, []);
    } finally {
      program.remove();
    }
  });

  it('reads only regular files: a directory or a device of that name is passed over', async (t) => {
    const program = buildNativeProgram(t);
    if (!program) return;
    const dirs = mkdtempSync(path.join(tmpdir(), 'traceprof-local-'));
    try {
      const asDir = path.join(dirs, 'a');
      mkdirSync(path.join(asDir, 'orders'), { recursive: true });
      const asDevice = path.join(dirs, 'b');
      mkdirSync(asDevice);
      // A symlink to something that is not a regular file (a character device that never ends).
      symlinkSync('/dev/zero', path.join(asDevice, 'orders'));
      const real = path.join(dirs, 'c');
      mkdirSync(real);
      copyFileSync(program.binary, path.join(real, 'orders'));
      writeFileSync(path.join(dirs, 'note'), 'not used');
      const r = await labels(
        { TRACEPROF_LOCAL_SYMBOL_DIRS: `${asDir}:${asDevice}:${real}` },
        program,
      );
      assert.equal(r.labels[1], 'parse_order');
      assert.deepEqual(r.files, [{ Source: 'local', Path: path.join(real, 'orders') }]);
    } finally {
      rmSync(dirs, { recursive: true, force: true });
      program.remove();
    }
  });

  it('takes only absolute directories from TRACEPROF_LOCAL_SYMBOL_DIRS, else the system ones', () => {
    assert.deepEqual(localSymbolsFromEnv({ TRACEPROF_LOCAL_SYMBOL_DIRS: '/a:relative:/b' }).dirs, [
      '/a',
      '/b',
    ]);
    const defaults = localSymbolsFromEnv({});
    assert.equal(defaults.enabled, true);
    assert.ok(defaults.dirs.includes('/usr/bin'));
    assert.equal(localSymbolsFromEnv({ TRACEPROF_LOCAL_SYMBOLS: '0' }).enabled, false);
  });
});
