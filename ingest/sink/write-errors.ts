/**
 * How a write into the store ends badly, each with its answer to the client (see
 * ingest/transport/ingest-errors.ts), and the rule that tells the store's refusal of an insert's
 * data from a failure of the store itself.
 */

/**
 * The store cannot take this request in time: the queue is full, or its rows would not be written
 * within the request's time bound. Nothing of it is stored; the transport answers 503 with
 * Retry-After or UNAVAILABLE with RetryInfo, so the client retries later.
 */
export class QueueFullError extends Error {
  constructor(
    message: string,
    /** When a retry has a fair chance, from the queue's drain rate. */
    readonly retryAfterSeconds = 1,
  ) {
    super(message);
  }
}

/** The client went away (cancelled, deadline passed) before its rows were sent: none is stored. */
export class ClientGoneError extends Error {}

/** The store refused or failed an insert: nothing of the batch was acknowledged. */
export class StoreWriteError extends Error {}

/**
 * The store refused this request's own rows (their data, not the store's state): final, the
 * client must not retry them as they are (HTTP 400 / INVALID_ARGUMENT).
 */
export class RowsRefusedError extends Error {}

/**
 * ClickHouse error codes that an insert's data causes, whatever the store's state: parsing,
 * types, values out of range, too many partitions in one block.
 */
const dataErrorCodes = new Set([6, 26, 27, 32, 33, 38, 41, 53, 69, 70, 72, 117, 252, 407]);

export function isDataError(e: unknown): boolean {
  const code = clickhouseCode(e);
  return code !== undefined && dataErrorCodes.has(code);
}

/**
 * The engine's error code: the client's ClickHouseError carries it as `code` (a server's answer,
 * or the embedded engine's through its connection), chdb's own insert errors only in the text.
 */
function clickhouseCode(e: unknown): number | undefined {
  if (e instanceof Error && 'code' in e && typeof e.code === 'string' && /^\d+$/.test(e.code))
    return Number(e.code);
  const code = /Code: (\d+)\./.exec(e instanceof Error ? e.message : String(e))?.[1];
  return code === undefined ? undefined : Number(code);
}

/** The error a failed insert into `table` is reported as. */
export function failure(table: string, e: unknown): Error {
  const message = `insert into ${table} failed: ${(e as Error).message}`;
  return isDataError(e) ? new RowsRefusedError(message) : new StoreWriteError(message);
}
