import { createHash } from 'node:crypto';
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

/** 64-bit stack id (decimal string): the first 8 bytes of SHA-256 over the frame keys, leaf first. */
export function stackIdOfFrameKeys(frameKeys: readonly string[]): string {
  if (frameKeys.length === 0) return '0';
  const digest = createHash('sha256').update(frameKeys.join('\u001e')).digest();
  return digest.readBigUInt64LE(0).toString();
}
