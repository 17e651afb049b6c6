import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { requireOrSkip } from './require-or-skip';

/** A C program built for a test, with the functions nm found in it. */
export interface NativeProgram {
  dir: string;
  /** The executable, with its symbol table. */
  binary: string;
  /** The executable stripped of .symtab (only .dynsym is left). */
  stripped: string;
  /** The stripped executable's debug file (objcopy --only-keep-debug). */
  debug: string;
  /** The GNU build id, as readelf prints it. */
  gnuBuildId: string;
  /** Each known function's start and size, from `nm -S`. */
  functions: Record<string, { start: bigint; size: bigint }>;
  /** An address inside the function (past its start), as a profiler would report one. */
  inside(name: string): bigint;
  remove(): void;
}

/** The functions the program defines; noinline and used, so each keeps its own symbol. */
export const knownFunctions = ['parse_order', 'price_items', 'write_receipt'] as const;

const source = `
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) long parse_order(long n) { long s = 0; for (long i = 0; i < n; i++) s += i * 3 + (s >> 7); return s; }
__attribute__((noinline)) long price_items(long n) { long s = 1; for (long i = 1; i < n; i++) s = s * 7 % 1000003 + parse_order(i % 5); return s; }
__attribute__((noinline)) long write_receipt(long n) { long s = price_items(n); printf("%ld\\n", s); return s; }
int main(int argc, char **argv) { return (int)(write_receipt(argc > 1 ? atol(argv[1]) : 10) & 1); }
`;

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error}`);
  return r.stdout;
}

const have = (cmd: string): boolean => spawnSync(cmd, ['--version']).status === 0;

/**
 * Compiles the program with gcc (with a GNU build id), and makes its stripped copy and debug file
 * with binutils. Skips the test when gcc or binutils are missing (fails with
 * TRACEPROF_REQUIRE_ALL=1); returns undefined when skipped.
 */
export function buildNativeProgram(t: TestContext): NativeProgram | undefined {
  const tools = ['gcc', 'nm', 'objcopy', 'strip', 'readelf'].filter((c) => !have(c));
  if (!requireOrSkip(t, tools.length === 0, `native symbol tests need ${tools.join(', ')}`)) {
    return undefined;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'traceprof-elf-'));
  const c = path.join(dir, 'orders.c');
  const binary = path.join(dir, 'orders');
  const stripped = path.join(dir, 'orders-stripped');
  const debug = path.join(dir, 'orders.debug');
  writeFileSync(c, source);
  run('gcc', ['-O1', '-g', '-Wl,--build-id=sha1', '-o', binary, c]);
  run('objcopy', ['--only-keep-debug', binary, debug]);
  run('strip', ['--strip-all', '-o', stripped, binary]);
  const gnuBuildId = /Build ID: ([0-9a-f]+)/.exec(run('readelf', ['-n', binary]))?.[1];
  if (!gnuBuildId) throw new Error('readelf found no GNU build id in the test program');
  const functions: NativeProgram['functions'] = {};
  for (const line of run('nm', ['-S', binary]).split('\n')) {
    const m = /^([0-9a-f]+) ([0-9a-f]+) [Tt] (\w+)$/.exec(line.trim());
    if (m?.[1] && m[2] && m[3])
      functions[m[3]] = { start: BigInt(`0x${m[1]}`), size: BigInt(`0x${m[2]}`) };
  }
  for (const name of knownFunctions) {
    if (!functions[name]) throw new Error(`nm does not list ${name} in the test program`);
  }
  return {
    dir,
    binary,
    stripped,
    debug,
    gnuBuildId,
    functions,
    inside(name) {
      const f = functions[name];
      if (!f || f.size < 2n) throw new Error(`${name} is not a function of the test program`);
      return f.start + f.size / 2n;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A file's bytes, for a handler-level upload. */
export const fileBytes = (file: string): Uint8Array => readFileSync(file);
