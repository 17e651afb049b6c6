import type { Frame } from './model';

/**
 * The identity of a frame. A symbolized frame is its function, file, line, module and type. A
 * frame without symbols is its module, build id and address: two unsymbolized native frames at
 * different addresses are different frames, even though both have an empty function name.
 */
export function frameKey(frame: Frame): string {
  const symbolized = frame.functionName !== '';
  return symbolized
    ? `f\u001f${frame.functionName}\u001f${frame.fileName}\u001f${frame.line}\u001f${frame.module}\u001f${frame.frameType}`
    : `a\u001f${frame.module}\u001f${frame.buildId}\u001f${frame.address.toString(16)}\u001f${frame.frameType}`;
}

/** Two independent 32-bit hashes of a frame key (FNV-1a and a multiply-rotate hash, both finalized). */
export function frameKeyHash(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [fmix32(a), fmix32(b ^ key.length)];
}

/** murmur3's 32-bit finalizer: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * 64-bit stack id (decimal string) from the frame hashes, leaf first; order matters. The id is
 * stored, so this function must not change without a migration of profile_stacks.
 */
export function stackIdOfFrameHashes(hashes: readonly (readonly [number, number])[]): string {
  if (hashes.length === 0) return '0';
  let a = 0x2545f491;
  let b = 0x6c8e9cf5;
  for (const [h1, h2] of hashes) {
    a = fmix32(Math.imul(a ^ h1, 0x01000193) + 0x9e3779b9);
    b = fmix32(Math.imul(b ^ h2, 0x5bd1e995) + 0x7f4a7c15);
  }
  return ((BigInt(a) << 32n) | BigInt(b)).toString();
}
