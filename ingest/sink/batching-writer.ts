import type { ClickHouseClient } from '@clickhouse/client';

/** The write queue is full: the transport answers 503/429 or UNAVAILABLE so the client retries. */
export class QueueFullError extends Error {}

/** The store refused or failed an insert: nothing of the batch was acknowledged. */
export class StoreWriteError extends Error {}

export interface BatchingWriterOptions {
  /** Rows that make a batch worth sending now. */
  maxBatchRows: number;
  /** How long a lone request waits for company before its batch is sent, ms. */
  lingerMs: number;
  /** Rows waiting or being inserted beyond which new writes are refused. */
  maxQueuedRows: number;
}

interface Waiter {
  resolve: () => void;
  reject: (e: Error) => void;
}

/**
 * Collects rows from concurrent requests into few large INSERTs (ClickHouse wants thousands of
 * rows per insert, not one per request) and resolves each request's write only after the insert
 * that carried its rows has returned. One insert per table at a time keeps the part count low.
 */
export class BatchingWriter<Row> {
  private pending: Row[] = [];
  private waiters: Waiter[] = [];
  private inFlightRows = 0;
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> | undefined;

  constructor(
    private readonly client: ClickHouseClient,
    readonly table: string,
    private readonly options: BatchingWriterOptions,
  ) {}

  /** Rows accepted but not yet in the store. */
  get queuedRows(): number {
    return this.pending.length + this.inFlightRows;
  }

  /** Throws QueueFullError at once when the queue cannot take `rows` more. */
  reserve(rows: number): void {
    if (rows > 0 && this.queuedRows + rows > this.options.maxQueuedRows && this.queuedRows > 0) {
      throw new QueueFullError(
        `${this.table}: ${this.queuedRows} rows are waiting for the store; try again shortly`,
      );
    }
  }

  /** Resolves when every row is in the store; rejects with StoreWriteError if the insert failed. */
  write(rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    this.reserve(rows.length);
    for (const row of rows) this.pending.push(row);
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (this.pending.length >= this.options.maxBatchRows) this.kick();
    else
      this.timer ??= setTimeout(() => {
        this.kick();
      }, this.options.lingerMs);
    return done;
  }

  /** Sends whatever is pending and waits for every insert under way. */
  async flush(): Promise<void> {
    while (this.pending.length > 0 || this.sending) {
      this.kick();
      await this.sending;
    }
  }

  private kick(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.sending || this.pending.length === 0) return;
    const rows = this.pending;
    const waiters = this.waiters;
    this.pending = [];
    this.waiters = [];
    this.inFlightRows = rows.length;
    this.sending = this.insert(rows, waiters).finally(() => {
      this.sending = undefined;
      this.inFlightRows = 0;
      if (this.pending.length >= this.options.maxBatchRows) this.kick();
      else if (this.pending.length > 0) {
        this.timer ??= setTimeout(() => {
          this.kick();
        }, this.options.lingerMs);
      }
    });
  }

  private async insert(rows: Row[], waiters: Waiter[]): Promise<void> {
    try {
      await this.client.insert({ table: this.table, values: rows, format: 'JSONEachRow' });
      for (const w of waiters) w.resolve();
    } catch (e) {
      const error = new StoreWriteError(
        `insert into ${this.table} failed: ${(e as Error).message}`,
      );
      for (const w of waiters) w.reject(error);
    }
  }
}
