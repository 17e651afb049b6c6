import { OtlpDecodeError } from '../otlp/decode-export-request';
import type { Failed } from '../ledger/request-ledger';
import type { WriteLimits } from '../sink/batching-writer';
import { ClientGoneError, QueueFullError } from '../sink/write-errors';

/** The server is stopping and takes no new work: 503 / UNAVAILABLE, the client retries elsewhere. */
export class ShuttingDownError extends Error {}

/** What the transport knows of one call: when it arrived, until when, and whether it is gone. */
export interface ExportCall {
  /** When the request arrived, ms since the epoch (the time bound counts from it). */
  receivedAt?: number;
  /** The client's own deadline (gRPC `grpc-timeout`), ms since the epoch. */
  deadline?: number;
  /** Aborted when the client cancels or disconnects. */
  signal?: AbortSignal;
}

/** Time kept back from a client's deadline, so that a refusal reaches it before it gives up. */
const deadlineMarginMs = 200;

/** The time this call's counted rows may wait for the store, and its client's signal. */
export function callLimits(call: ExportCall, admissionMs: number): WriteLimits {
  const now = Date.now();
  const bound = (call.receivedAt ?? now) + admissionMs;
  const until = Math.min(bound, (call.deadline ?? Infinity) - deadlineMarginMs);
  if (until <= now) {
    throw new ClientGoneError(
      'the request arrived too close to its deadline to be written; nothing was stored',
    );
  }
  return { budgetMs: until - now, ...(call.signal ? { signal: call.signal } : {}) };
}

/** A refusal whose cause left nothing of the request's counted rows in the store. */
export function storedNothing(error: unknown): Failed {
  return error instanceof QueueFullError ||
    error instanceof ClientGoneError ||
    error instanceof ShuttingDownError ||
    error instanceof OtlpDecodeError
    ? 'nothing-stored'
    : 'maybe-stored';
}
