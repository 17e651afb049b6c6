import type { OtlpEncoding } from './decode-export-request';
import { otlpTypes } from './otlp-root';

/** gRPC status codes that OTLP/HTTP error bodies carry (google.rpc.Code). */
export const rpcCode = {
  invalidArgument: 3,
  resourceExhausted: 8,
  unimplemented: 12,
  unavailable: 14,
  unauthenticated: 16,
} as const;

/** An OTLP/HTTP error body: google.rpc.Status in the request's encoding. */
export function encodeStatus(code: number, message: string, encoding: OtlpEncoding): Uint8Array {
  if (encoding === 'json') return Buffer.from(JSON.stringify({ code, message }));
  return otlpTypes.status.encode(otlpTypes.status.fromObject({ code, message })).finish();
}
