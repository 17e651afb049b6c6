import type { OtlpEncoding } from './decode-export-request';
import { otlpTypes } from './otlp-wire';

/** gRPC status codes that OTLP/HTTP error bodies carry (google.rpc.Code). */
export const rpcCode = {
  invalidArgument: 3,
  deadlineExceeded: 4,
  resourceExhausted: 8,
  unimplemented: 12,
  unavailable: 14,
  unauthenticated: 16,
} as const;

/** The type URL of google.rpc.RetryInfo in a Status's details. */
export const retryInfoTypeUrl = 'type.googleapis.com/google.rpc.RetryInfo';

/**
 * google.rpc.Status in the request's encoding: the OTLP/HTTP error body, and (protobuf) the
 * gRPC `grpc-status-details-bin` trailer. With `retryAfterSeconds`, it carries RetryInfo, which
 * OTLP exporters honour as the delay before their next attempt.
 */
export function encodeStatus(
  code: number,
  message: string,
  encoding: OtlpEncoding,
  retryAfterSeconds?: number,
): Uint8Array {
  if (encoding === 'json') {
    const details =
      retryAfterSeconds === undefined
        ? undefined
        : [{ '@type': retryInfoTypeUrl, retryDelay: `${retryAfterSeconds}s` }];
    return Buffer.from(JSON.stringify({ code, message, details }));
  }
  const details =
    retryAfterSeconds === undefined
      ? []
      : [
          {
            typeUrl: retryInfoTypeUrl,
            value: otlpTypes.retryInfo
              .encode({ retryDelay: { seconds: retryAfterSeconds } })
              .finish(),
          },
        ];
  return otlpTypes.status.encode({ code, message, details }).finish();
}
