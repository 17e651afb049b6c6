import { status } from '@grpc/grpc-js';
import { OtlpDecodeError } from '../otlp/decode-export-request';
import { ShuttingDownError } from '../pipeline/export-call';
import {
  ClientGoneError,
  QueueFullError,
  RowsRefusedError,
  StoreWriteError,
} from '../sink/write-errors';

/** How a failed export is answered, the same way on both transports. */
export interface IngestFailure {
  /** HTTP status. */
  http: number;
  /** gRPC status code (also the google.rpc.Status code in HTTP bodies). */
  grpc: status;
  message: string;
  /** Seconds the client should wait before retrying, for throttling answers. */
  retryAfterSeconds?: number;
}

/** Maps an error from the pipeline to the OTLP answer: bad data is final, overload is retryable. */
export function ingestFailureOf(error: unknown): IngestFailure {
  if (error instanceof OtlpDecodeError || error instanceof RowsRefusedError)
    return { http: 400, grpc: status.INVALID_ARGUMENT, message: error.message };
  if (error instanceof QueueFullError) {
    return {
      http: 503,
      grpc: status.UNAVAILABLE,
      message: error.message,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  if (error instanceof ClientGoneError) {
    // Nothing was stored; a client still listening (its deadline passed in transit) may retry.
    return {
      http: 503,
      grpc: status.DEADLINE_EXCEEDED,
      message: error.message,
      retryAfterSeconds: 1,
    };
  }
  if (error instanceof StoreWriteError || error instanceof ShuttingDownError) {
    return { http: 503, grpc: status.UNAVAILABLE, message: error.message, retryAfterSeconds: 5 };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { http: 500, grpc: status.INTERNAL, message: `internal error: ${message}` };
}
