import type { ClickHouseClient } from '@clickhouse/client';
import { insertRaw } from '../../lib/clickhouse/insert-raw';

/** The write queue is full: the transport answers 503/429 or UNAVAILABLE so the client retries. */
export class QueueFullError extends Error {}

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

function isDataError(e: unknown): boolean {
  const code = /Code: (\d+)\./.exec(e instanceof Error ? e.message : String(e))?.[1];
  return code !== undefined && dataErrorCodes.has(Number(code));
}

export interface BatchingWriterOptions {
  /** Encoded bytes that make a batch worth sending at once. */
  maxBatchBytes: number;
  /** How long a lone request waits for company before its batch is sent, ms. */
  lingerMs: number;
  /** Encoded bytes waiting or being inserted beyond which new writes are refused. */
  maxQueuedBytes: number;
}

interface Waiter {
  resolve: () => void;
  reject: (e: Error) => void;
  /** This request's lines in the batch: [first, end). */
  first: number;
  end: number;
}

/** A batch being filled: rows already encoded as JSONCompactEachRow lines. */
interface Batch {
  lines: string[];
  rows: number;
  bytes: number;
  waiters: Waiter[];
}

const emptyBatch = (): Batch => ({ lines: [], rows: 0, bytes: 0, waiters: [] });

/**
 * Collects rows from concurrent requests into few large INSERTs (ClickHouse wants thousands of
 * rows per insert, not one per request) and resolves each request's write only after the insert
 * that carried its rows has returned. Rows are encoded when they are written, so encoding the
 * next batch overlaps the insert of the current one; one insert per table is in flight at a time,
 * which keeps the part count low and lets batches grow with the load.
 */
export class BatchingWriter {
  private batch = emptyBatch();
  private inFlightRows = 0;
  private inFlightBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> | undefined;

  constructor(
    private readonly client: ClickHouseClient,
    readonly table: string,
    private readonly columns: readonly string[],
    private readonly options: BatchingWriterOptions,
  ) {}

  /** Rows accepted but not yet in the store. */
  get queuedRows(): number {
    return this.batch.rows + this.inFlightRows;
  }

  /** Throws QueueFullError at once when the queue is full (a lone request always gets in). */
  reserve(rows: number): void {
    const bytes = this.batch.bytes + this.inFlightBytes;
    if (rows > 0 && bytes > 0 && bytes >= this.options.maxQueuedBytes) {
      throw new QueueFullError(
        `${this.table}: ${this.queuedRows} rows (${bytes} bytes) are waiting for the store; try again shortly`,
      );
    }
  }

  /**
   * Queues rows, each one JSONCompactEachRow line (a JSON array of the values in `columns`
   * order). Resolves when every row is in the store; rejects with StoreWriteError if the insert
   * failed.
   */
  write(lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return Promise.resolve();
    this.reserve(lines.length);
    const batch = this.batch;
    const first = batch.lines.length;
    for (const line of lines) {
      batch.lines.push(line);
      batch.bytes += line.length + 1;
    }
    batch.rows += lines.length;
    const end = batch.lines.length;
    const done = new Promise<void>((resolve, reject) =>
      batch.waiters.push({ resolve, reject, first, end }),
    );
    if (batch.bytes >= this.options.maxBatchBytes) this.kick();
    else
      this.timer ??= setTimeout(() => {
        this.kick();
      }, this.options.lingerMs);
    return done;
  }

  /** Sends whatever is queued and waits for every insert under way. */
  async flush(): Promise<void> {
    while (this.batch.rows > 0 || this.sending) {
      this.kick();
      await this.sending;
    }
  }

  private kick(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.sending || this.batch.rows === 0) return;
    const batch = this.batch;
    this.batch = emptyBatch();
    this.inFlightRows = batch.rows;
    this.inFlightBytes = batch.bytes;
    this.sending = this.insert(batch).finally(() => {
      this.sending = undefined;
      this.inFlightRows = 0;
      this.inFlightBytes = 0;
      // What arrived during the insert goes next, without waiting: under load batches grow.
      if (this.batch.rows > 0) this.kick();
    });
  }

  private async insert(batch: Batch): Promise<void> {
    try {
      await this.insertLines(batch.lines);
      for (const w of batch.waiters) w.resolve();
    } catch (e) {
      if (isDataError(e) && batch.waiters.length > 1) {
        await this.isolate(batch);
        return;
      }
      const error = failure(this.table, e);
      for (const w of batch.waiters) w.reject(error);
    }
  }

  /**
   * The batch failed because of data in it: inserts each request's rows alone, so the requests
   * whose rows are good are stored and only the one whose rows the store refuses is refused.
   * Rare (rows are checked before they are queued, see ingest/rows/column-rules.ts): one insert
   * per request is acceptable here.
   */
  private async isolate(batch: Batch): Promise<void> {
    for (const w of batch.waiters) {
      try {
        await this.insertLines(batch.lines.slice(w.first, w.end));
        w.resolve();
      } catch (e) {
        w.reject(failure(this.table, e));
      }
    }
  }

  private async insertLines(lines: readonly string[]): Promise<void> {
    const payload = Buffer.from(`${lines.join('\n')}\n`);
    await insertRaw(this.client, this.table, this.columns, payload);
  }
}

function failure(table: string, e: unknown): Error {
  const message = `insert into ${table} failed: ${(e as Error).message}`;
  return isDataError(e) ? new RowsRefusedError(message) : new StoreWriteError(message);
}
