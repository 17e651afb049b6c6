import type * as grpc from '@grpc/grpc-js';
import { retryInfoTypeUrl } from '@/ingest/otlp/encode-status';
import { otlpTypes } from '@/ingest/otlp/otlp-wire';

/** What a refused call's trailers say about when to retry. */
export interface GrpcRetryHint {
  /** RetryInfo.retry_delay in ms, when the status details carry a RetryInfo. */
  retryInfoMs: number | undefined;
  /** `grpc-retry-pushback-ms`, gRPC's own retry throttling trailer, when present. */
  pushbackMs: number | undefined;
}

function retryInfoMs(details: Buffer): number | undefined {
  try {
    // google.rpc.Status, its details and RetryInfo: the generated types of proto/google-rpc.
    const status = otlpTypes.status.decode(details);
    const any = status.details.find((d) => d.typeUrl === retryInfoTypeUrl);
    if (!any?.value?.length) return undefined;
    const delay = otlpTypes.retryInfo.decode(any.value).retryDelay;
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
