import 'server-only';
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from '../clickhouse/sql';
import { ElfError, readElfSymbols } from './elf-reader';
import { maxSymbolFileBytes } from './symbol-limits';
import { symbolFileIds } from './symbol-file-ids';
import { storeSymbols } from './store-symbols';

/**
 * Symbols from this host's own files, for when traceprof runs where the profiled processes do.
 * A frame names its file only by base name (`libc.so.6`, `node`: the eBPF profiler sends no
 * path), so the only files read are `<dir>/<that name>` for the configured directories, and
 * only when the name is a plain file name (no `/`, not `.` or `..`). A candidate is read only if
 * it is a regular file (checked on the opened descriptor, so a swap after the check cannot make
 * it a device or a FIFO) of at most maxSymbolFileBytes, and its symbols are stored only when its
 * own build id is the frame's: a frame cannot make traceprof store the symbols of any file but
 * the one it ran. Each build id is tried once per process; a match is stored like an upload
 * (symbol_files.Source 'local'), so later reads need no file at all.
 *
 * TRACEPROF_LOCAL_SYMBOLS=0 turns this off; TRACEPROF_LOCAL_SYMBOL_DIRS (colon-separated) sets
 * the directories.
 */
export interface LocalSymbols {
  enabled: boolean;
  dirs: readonly string[];
}

/** The system's executable and library directories, Debian-style multiarch ones included. */
function defaultDirs(): string[] {
  const arch = process.arch === 'arm64' ? 'aarch64' : process.arch === 'x64' ? 'x86_64' : '';
  const multiarch = arch ? [`/usr/lib/${arch}-linux-gnu`, `/lib/${arch}-linux-gnu`] : [];
  return [
    '/usr/local/bin',
    '/usr/bin',
    '/usr/sbin',
    '/bin',
    '/sbin',
    ...multiarch,
    '/usr/local/lib',
    '/usr/lib64',
    '/lib64',
    '/usr/lib',
    '/lib',
  ];
}

export function localSymbolsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): LocalSymbols {
  const dirs = (env['TRACEPROF_LOCAL_SYMBOL_DIRS'] ?? '')
    .split(':')
    .map((d) => d.trim())
    .filter((d) => path.isAbsolute(d));
  return {
    enabled: env['TRACEPROF_LOCAL_SYMBOLS'] !== '0',
    dirs: dirs.length > 0 ? dirs : defaultDirs(),
  };
}

/** A module and build id of frames that have no name. */
export interface UnnamedModule {
  module: string;
  buildId: string;
}

/** Build ids already tried in this process, per store. */
const tried = new WeakMap<ClickHouseClient, Map<string, Promise<void>>>();

/**
 * Stores the symbols of local files for the build ids among `modules` that have none stored yet,
 * each at most once per process. Resolves once every attempt it started or joined has ended.
 */
export async function loadLocalSymbols(
  client: ClickHouseClient,
  modules: readonly UnnamedModule[],
  config: LocalSymbols,
): Promise<void> {
  if (!config.enabled) return;
  let attempts = tried.get(client);
  if (!attempts) {
    attempts = new Map();
    tried.set(client, attempts);
  }
  const pending = modules.filter((m) => isPlainName(m.module) && !attempts.has(m.buildId));
  if (pending.length > 0) {
    const rs = await client.query({
      ...sql`SELECT DISTINCT BuildId FROM symbol_files
             WHERE BuildId IN ${param('Array(String)', [...new Set(pending.map((m) => m.buildId))])}`,
      format: 'JSONEachRow',
    });
    const loaded = new Set((await rs.json<{ BuildId: string }>()).map((r) => r.BuildId));
    for (const m of pending) {
      if (attempts.has(m.buildId)) continue;
      attempts.set(
        m.buildId,
        loaded.has(m.buildId) ? Promise.resolve() : tryLocal(client, m, config),
      );
    }
  }
  await Promise.all(modules.map(async (m) => attempts.get(m.buildId)));
}

const isPlainName = (name: string): boolean =>
  name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\0');

async function tryLocal(
  client: ClickHouseClient,
  m: UnnamedModule,
  config: LocalSymbols,
): Promise<void> {
  const seen = new Set<string>();
  for (const dir of config.dirs) {
    const candidate = path.join(dir, m.module);
    const real = await realpath(candidate).catch(() => undefined);
    if (real === undefined || seen.has(real)) continue;
    seen.add(real);
    const bytes = await readRegularFile(real);
    if (!bytes) continue;
    try {
      if (!symbolFileIds(bytes, readElfSymbols(bytes)).includes(m.buildId)) continue;
    } catch (e) {
      if (e instanceof ElfError) continue;
      throw e;
    }
    await storeSymbols(client, bytes, { kind: 'local', path: real });
    return;
  }
}

/** The file's bytes when it is a regular file within the size limit, else undefined. */
async function readRegularFile(file: string): Promise<Uint8Array | undefined> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => undefined);
  if (!handle) return undefined;
  try {
    const stat = await handle.stat();
    if (!stat.isFile() || stat.size > maxSymbolFileBytes || stat.size === 0) return undefined;
    const bytes = Buffer.alloc(stat.size);
    const { bytesRead } = await handle.read(bytes, 0, stat.size, 0);
    return bytesRead === stat.size ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
