import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ElfError, readElfSymbols, type ElfSymbols } from '@/lib/symbols/elf-reader';
import { profilerFileId, symbolFileIds } from '@/lib/symbols/symbol-file-ids';
import { buildNativeProgram, fileBytes, knownFunctions } from '@/test/support/native-program';

const byName = (elf: ElfSymbols, name: string) => elf.functions.find((f) => f.name === name);

describe('readElfSymbols', () => {
  it('reads the functions nm lists, with their start and size, and the GNU build id', (t) => {
    const program = buildNativeProgram(t);
    if (!program) return;
    try {
      const elf = readElfSymbols(fileBytes(program.binary));
      assert.equal(elf.gnuBuildId, program.gnuBuildId);
      assert.equal(elf.goBuildId, '');
      assert.equal(elf.debugOnly, false);
      for (const name of [...knownFunctions, 'main']) {
        assert.deepEqual(byName(elf, name), { name, ...program.functions[name] }, name);
      }
      const starts = elf.functions.map((f) => f.start);
      assert.deepEqual(
        starts,
        [...starts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      assert.equal(new Set(starts).size, starts.length, 'one function per start address');
    } finally {
      program.remove();
    }
  });

  it('reads a debug file like its binary, and knows it is one', (t) => {
    const program = buildNativeProgram(t);
    if (!program) return;
    try {
      const binary = readElfSymbols(fileBytes(program.binary));
      const debug = readElfSymbols(fileBytes(program.debug));
      assert.equal(debug.gnuBuildId, program.gnuBuildId);
      assert.equal(debug.debugOnly, true);
      for (const name of knownFunctions)
        assert.deepEqual(byName(debug, name), byName(binary, name));
      // The stripped binary keeps its build id but none of the program's own functions.
      const stripped = readElfSymbols(fileBytes(program.stripped));
      assert.equal(stripped.gnuBuildId, program.gnuBuildId);
      for (const name of knownFunctions) assert.equal(byName(stripped, name), undefined, name);
    } finally {
      program.remove();
    }
  });

  it('stores a binary under its GNU build id and the profiler file id, a debug file under the GNU id only', (t) => {
    const program = buildNativeProgram(t);
    if (!program) return;
    try {
      const bytes = fileBytes(program.binary);
      const fileId = profilerFileId(bytes);
      assert.match(fileId, /^[0-9a-f]{32}$/);
      assert.deepEqual(symbolFileIds(bytes, readElfSymbols(bytes)), [program.gnuBuildId, fileId]);
      const debug = fileBytes(program.debug);
      assert.deepEqual(symbolFileIds(debug, readElfSymbols(debug)), [program.gnuBuildId]);
    } finally {
      program.remove();
    }
  });

  it('refuses what is not ELF, or is cut short, with a message that says so', (t) => {
    const program = buildNativeProgram(t);
    if (!program) return;
    try {
      const bytes = fileBytes(program.binary);
      const cases: [string, Uint8Array, RegExp][] = [
        ['text', Buffer.from('#!/bin/sh\necho hello\n'), /not an ELF file/],
        ['empty', new Uint8Array(0), /not an ELF file/],
        [
          'header only',
          bytes.subarray(0, 40),
          /truncated: 40 bytes is shorter than the 64-byte ELF header/,
        ],
        [
          'first 4 KiB',
          bytes.subarray(0, 4096),
          /truncated: the section header table .* extends past the end of the 4096-byte file/,
        ],
        [
          '32-bit',
          Buffer.concat([bytes.subarray(0, 4), Buffer.from([1]), bytes.subarray(5)]),
          /only 64-bit/,
        ],
      ];
      for (const [what, input, message] of cases) {
        assert.throws(
          () => readElfSymbols(input),
          (e: unknown) => e instanceof ElfError && message.test(e.message),
          what,
        );
      }
      // Every cut of the file either reads or throws ElfError: never another error.
      for (let cut = 64; cut < bytes.length; cut += 997) {
        try {
          readElfSymbols(bytes.subarray(0, cut));
        } catch (e) {
          assert.ok(e instanceof ElfError, `cut at ${cut}: ${String(e)}`);
        }
      }
    } finally {
      program.remove();
    }
  });
});
