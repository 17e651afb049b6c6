import { createHash } from 'node:crypto';
import type { OtlpEncoding } from '../otlp/decode-export-request';
import type { Signal } from '../otlp/otlp-wire';

/**
 * What a request is known by in the ledger: 128 bits of SHA-256 over its signal, encoding and
 * body after decompression. A client's retry resends the same bytes, so it has the same digest.
 */
export function requestDigest(signal: Signal, encoding: OtlpEncoding, body: Uint8Array): string {
  return createHash('sha256')
    .update(`${signal}/${encoding}\n`)
    .update(body)
    .digest('base64url')
    .slice(0, 22);
}
