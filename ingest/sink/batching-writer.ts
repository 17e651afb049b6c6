import type { ClickHouseClient } from '@clickhouse/client';
import { insertRaw, type EncodedRows, type InsertTarget } from '@/lib/clickhouse/insert-raw';
import { DrainRate } from './drain-rate';
import { cutBatch, emptyBatch, type Batch, type Waiter } from './write-batch';
import { ClientGoneError, failure, isDataError, QueueFullError } from './write-errors';

export interface BatchingWriterOptions {
  /** Encoded bytes that make a batch worth sending at once, and the most one insert carries. */
  maxBatchBytes: number;
  /** How long a lone request waits for company before its batch is sent, ms. */
  lingerMs: number;
  /** Encoded bytes waiting or being inserted beyond which new writes are refused. */
  maxQueuedBytes: number;
  /**
   * How long one insert should take at the store's measured pace, ms (default 1000): under load
   * a batch is cut to that size, so a request never waits behind one huge insert.
   */
  maxInsertMs?: number;
  /** The smallest insert that cut makes (default 1 MiB): below it, an insert's fixed cost rules. */
  minInsertBytes?: number;
}

/** How long a write may wait, and the signal of a client that went away. */
export interface WriteLimits {
  /** Time from now within which the rows must be in the store, ms. */
  budgetMs: number;
  /** Aborted when the client is gone: rows not yet sent are withdrawn. */
  signal?: AbortSignal;
}

/** A time bound as a message states it: tenths of a second below 10 s. */
const seconds = (ms: number): string =>
  `${ms < 10_000 ? (ms / 1000).toFixed(1) : Math.round(ms / 1000)} s`;

/** Counters of what happened to writes, for logs and the benchmark. */
export interface WriterStats {
  /** Writes refused at once because they would not have been written in time. */
  refusedInTime: number;
  /** Writes taken back before they were sent: their time ran out or the client left. */
  withdrawn: number;
  /** Writes stored after their client had gone (their insert was already under way). */
  storedAfterClientGone: number;
  /** Inserts sent to the store. */
  inserts: number;
}

/**
 * Collects rows from concurrent requests into few large INSERTs (ClickHouse wants thousands of
 * rows per insert, not one per request) and resolves each request's write only after the insert
 * that carried its rows has returned. Rows are encoded when they are written, so encoding the
 * next batch overlaps the insert of the current one; one insert per table is in flight at a time,
 * which keeps the part count low and lets batches grow with the load, up to what the store takes
 * in `maxInsertMs`.
 *
 * Admission is bounded by bytes and by time: a write that the store's measured pace says cannot
 * be stored within its budget is refused at once, and one whose budget would run out before its
 * insert returns (or whose client leaves) is withdrawn before it is sent, so nothing is stored
 * for a request that was told to retry.
 */
export class BatchingWriter {
  readonly stats: WriterStats = {
    refusedInTime: 0,
    withdrawn: 0,
    storedAfterClientGone: 0,
    inserts: 0,
  };
  private batch = emptyBatch();
  private inFlightRows = 0;
  private inFlightBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> | undefined;
  private readonly pace = new DrainRate();

  readonly table: string;

  constructor(
    private readonly client: ClickHouseClient,
    private readonly target: InsertTarget,
    private readonly options: BatchingWriterOptions,
  ) {
    this.table = target.table;
  }

  /** Rows accepted but not yet in the store. */
  get queuedRows(): number {
    return this.batch.rows + this.inFlightRows;
  }

  /** How long rows of `bytes` written now would wait before their insert returns, ms. */
  expectedWaitMs(bytes: number): number {
    if (!this.pace.known) return 0;
    return this.options.lingerMs + this.pace.msFor(this.batch.bytes + this.inFlightBytes + bytes);
  }

  /**
   * Throws QueueFullError at once when the queue is full (a lone request always gets in), or
   * when rows of `bytes` could not be stored within `budgetMs`.
   */
  reserve(rows: number, bytes = 0, budgetMs = Infinity): void {
    if (rows === 0) return;
    const queued = this.batch.bytes + this.inFlightBytes;
    if (queued > 0 && queued >= this.options.maxQueuedBytes) {
      throw new QueueFullError(
        `${this.table}: ${this.queuedRows} rows (${queued} bytes) are waiting for the store; try again shortly`,
        this.retryAfterSeconds(),
      );
    }
    const wait = this.expectedWaitMs(bytes);
    if (queued > 0 && wait > budgetMs) {
      this.stats.refusedInTime++;
      throw new QueueFullError(
        `${this.table}: the store is behind by about ${Math.ceil(wait / 1000)} s, more than this request may wait (${seconds(budgetMs)}); try again later`,
        this.retryAfterSeconds(),
      );
    }
  }

  /** Seconds until the queue has drained at its measured rate, at least 1, at most 30. */
  retryAfterSeconds(): number {
    return Math.min(30, Math.max(1, Math.ceil(this.expectedWaitMs(0) / 1000)));
  }

  /**
   * Queues rows encoded in the target's format (whole rows, so that payloads of several writes
   * concatenate into one insert). Resolves when every row is in the store; rejects with
   * StoreWriteError if the insert failed, with QueueFullError if the rows could not be stored
   * within `limits.budgetMs`, and with ClientGoneError if `limits.signal` aborted first (in both
   * cases none of them is stored).
   */
  write(encoded: EncodedRows, limits?: WriteLimits): Promise<void> {
    const { rows, payload } = encoded;
    if (rows === 0) return Promise.resolve();
    const bytes = payload.length;
    this.reserve(rows, bytes, limits?.budgetMs);
    if (limits?.signal?.aborted) return Promise.reject(new ClientGoneError('the client is gone'));
    const batch = this.batch;
    const done = new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        rows,
        payload,
        bytes,
        budgetMs: limits?.budgetMs ?? Infinity,
        deadline: limits ? performance.now() + limits.budgetMs : Infinity,
        state: 'queued',
        batch,
        late: false,
        cleanup: () => undefined,
      };
      batch.waiters.push(waiter);
      batch.bytes += bytes;
      batch.rows += rows;
      if (limits) this.watch(waiter, limits);
    });
    if (batch.bytes >= this.insertCapBytes()) this.kick();
    else
      this.timer ??= setTimeout(() => {
        this.kick();
      }, this.options.lingerMs);
    return done;
  }

  /** The most bytes one insert carries: what the store takes in `maxInsertMs`, within bounds. */
  private insertCapBytes(): number {
    const paced = this.pace.bytesWithin(this.options.maxInsertMs ?? 1000);
    return Math.min(
      this.options.maxBatchBytes,
      Math.max(this.options.minInsertBytes ?? 1 << 20, paced),
    );
  }

  /** Takes a queued write back: its rows are not sent, and it is refused with `error`. */
  private withdraw(waiter: Waiter, error: Error): void {
    if (waiter.state !== 'queued') return;
    waiter.state = 'withdrawn';
    waiter.batch.bytes -= waiter.bytes;
    waiter.batch.rows -= waiter.rows;
    this.stats.withdrawn++;
    waiter.cleanup();
    waiter.reject(error);
  }

  private outOfTime(budgetMs: number): QueueFullError {
    return new QueueFullError(
      `${this.table}: the rows could not be stored within ${seconds(budgetMs)}; none was stored, try again later`,
      this.retryAfterSeconds(),
    );
  }

  /** Withdraws the waiter's rows when its budget runs out or its client leaves first. */
  private watch(waiter: Waiter, limits: WriteLimits): void {
    const timer = setTimeout(() => {
      this.withdraw(waiter, this.outOfTime(waiter.budgetMs));
    }, limits.budgetMs);
    const onAbort = (): void => {
      if (waiter.state === 'sent') waiter.late = true;
      this.withdraw(
        waiter,
        new ClientGoneError('the client went away before its rows were written'),
      );
    };
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    waiter.cleanup = () => {
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
    };
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
    while (!this.sending && this.batch.rows > 0) {
      const { sending, rest } = cutBatch(this.batch, this.insertCapBytes());
      this.batch = rest;
      this.dropLate(sending);
      if (sending.rows === 0) continue;
      for (const w of sending.waiters) {
        // The budget no longer applies: once sent, rows are stored or fail as the insert does.
        w.state = 'sent';
      }
      this.inFlightRows = sending.rows;
      this.inFlightBytes = sending.bytes;
      this.stats.inserts++;
      this.sending = this.insert(sending).finally(() => {
        this.sending = undefined;
        this.inFlightRows = 0;
        this.inFlightBytes = 0;
        // What arrived during the insert goes next, without waiting: under load batches grow.
        if (this.batch.rows > 0) this.kick();
      });
    }
  }

  /**
   * Withdraws the writes whose budget would run out before this insert returns at the store's
   * measured pace: storing them would answer a client that has stopped waiting, or not at all.
   */
  private dropLate(sending: Batch): void {
    for (;;) {
      const returns = performance.now() + this.pace.msFor(sending.bytes);
      const late = sending.waiters.filter((w) => w.state === 'queued' && w.deadline < returns);
      if (late.length === 0) break;
      for (const w of late) this.withdraw(w, this.outOfTime(w.budgetMs));
    }
    sending.waiters = sending.waiters.filter((w) => w.state === 'queued');
  }

  private async insert(batch: Batch): Promise<void> {
    try {
      const started = performance.now();
      const payload = Buffer.concat(batch.waiters.map((w) => w.payload));
      await insertRaw(this.client, this.target, payload);
      this.pace.record(batch.bytes, performance.now() - started);
      for (const w of batch.waiters) this.settle(w);
    } catch (e) {
      if (isDataError(e) && batch.waiters.length > 1) {
        await this.isolate(batch);
        return;
      }
      const error = failure(this.table, e);
      for (const w of batch.waiters) this.settle(w, error);
    }
  }

  private settle(w: Waiter, error?: Error): void {
    w.cleanup();
    if (error) {
      w.reject(error);
      return;
    }
    if (w.late) this.stats.storedAfterClientGone++;
    w.resolve();
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
        await insertRaw(this.client, this.target, w.payload);
        this.settle(w);
      } catch (e) {
        this.settle(w, failure(this.table, e));
      }
    }
  }
}
