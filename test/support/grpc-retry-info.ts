import type * as grpc from '@grpc/grpc-js';
import type Long from 'long';
import protobuf from 'protobufjs';

/**
 * google.rpc.Status with its details, google.protobuf.Any and google.rpc.RetryInfo: what a gRPC
 * server puts in the `grpc-status-details-bin` trailer to tell the client when to retry. Field
 * numbers from googleapis google/rpc/status.proto and error_details.proto.
 */
const root = protobuf.Root.fromJSON({
  nested: {
    google: {
      nested: {
        protobuf: {
          nested: {
            Any: {
              fields: { typeUrl: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 } },
            },
            Duration: {
              fields: { seconds: { type: 'int64', id: 1 }, nanos: { type: 'int32', id: 2 } },
            },
          },
        },
        rpc: {
          nested: {
            Status: {
              fields: {
                code: { type: 'int32', id: 1 },
                message: { type: 'string', id: 2 },
                details: { rule: 'repeated', type: 'google.protobuf.Any', id: 3 },
              },
            },
            RetryInfo: { fields: { retryDelay: { type: 'google.protobuf.Duration', id: 1 } } },
          },
        },
      },
    },
  },
});
const statusType = root.lookupType('google.rpc.Status');
const retryInfoType = root.lookupType('google.rpc.RetryInfo');
const retryInfoUrl = 'type.googleapis.com/google.rpc.RetryInfo';

interface StatusMessage {
  details?: { typeUrl?: string; value?: Uint8Array }[];
}

interface RetryInfoMessage {
  retryDelay?: { seconds?: Long | number; nanos?: number } | null;
}

/** What a refused call's trailers say about when to retry. */
export interface GrpcRetryHint {
  /** RetryInfo.retry_delay in ms, when the status details carry a RetryInfo. */
  retryInfoMs: number | undefined;
  /** `grpc-retry-pushback-ms`, gRPC's own retry throttling trailer, when present. */
  pushbackMs: number | undefined;
}

function retryInfoMs(details: Buffer): number | undefined {
  try {
    const status = statusType.decode(details) as unknown as StatusMessage;
    const any = status.details?.find((d) => d.typeUrl === retryInfoUrl);
    if (!any?.value) return undefined;
    const delay = (retryInfoType.decode(any.value) as unknown as RetryInfoMessage).retryDelay;
    return Number(delay?.seconds ?? 0) * 1000 + (delay?.nanos ?? 0) / 1e6;
  } catch {
    return undefined; // not a google.rpc.Status: no hint
  }
}

/** Reads RetryInfo and retry pushback from a failed call's trailing metadata. */
export function grpcRetryHint(metadata: grpc.Metadata | undefined): GrpcRetryHint {
  const details = metadata?.get('grpc-status-details-bin')[0];
  const pushback = metadata?.get('grpc-retry-pushback-ms')[0];
  return {
    retryInfoMs: Buffer.isBuffer(details) ? retryInfoMs(details) : undefined,
    pushbackMs:
      typeof pushback === 'string' && /^\d+$/.test(pushback) ? Number(pushback) : undefined,
  };
}
