import { createHash } from 'node:crypto';
import type { ElfSymbols } from './elf-reader';

/**
 * The build ids a frame of this file can carry in the store. Ingest keeps one id per mapping,
 * the first the profiler sent of `process.executable.build_id.gnu`, `.go` and `.htlhash`
 * (ingest/normalize/profiles-dictionary.ts); the eBPF profiler sends the GNU and Go ids when
 * the file has them and its own file id always. So a file's symbols are stored under each id it
 * has: its GNU build id, its Go build id, and its profiler file id, the last only for a file a
 * process can map (a debug file's own bytes are never hashed by the profiler).
 */
export function symbolFileIds(bytes: Uint8Array, elf: ElfSymbols): string[] {
  const ids = [elf.gnuBuildId, elf.goBuildId, elf.debugOnly ? '' : profilerFileId(bytes)];
  return [...new Set(ids.filter((id) => id !== ''))];
}

/**
 * The eBPF profiler's file id (`process.executable.build_id.htlhash`, libpf.FileID): the first
 * 16 bytes of SHA-256 over the file's first 4 KiB, its last 4 KiB and its length as a big-endian
 * 64-bit integer, as 32 lowercase hex digits.
 */
export function profilerFileId(bytes: Uint8Array): string {
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(bytes.length));
  return createHash('sha256')
    .update(bytes.subarray(0, 4096))
    .update(bytes.subarray(Math.max(0, bytes.length - 4096)))
    .update(length)
    .digest('hex')
    .slice(0, 32);
}

/** SHA-256 of the whole file: what makes a second upload of the same file a no-op. */
export function fileDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
