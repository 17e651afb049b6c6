import type { ClickHouseClient } from '@clickhouse/client';
import { insertRaw } from '../../lib/clickhouse/insert-raw';
import { ClientGoneError, failure, isDataError, QueueFullError } from './write-errors';

export interface BatchingWriterOptions {
  /** Encoded bytes that make a batch worth sending at once. */
  maxBatchBytes: number;
  /** How long a lone request waits for company before its batch is sent, ms. */
  lingerMs: number;
  /** Encoded bytes waiting or being inserted beyond which new writes are refused. */
  maxQueuedBytes: number;
}

/** How long a write may wait, and the signal of a client that went away. */
export interface WriteLimits {
  /** Time from now within which the rows must be on their way to the store, ms. */
  budgetMs: number;
  /** Aborted when the client is gone: rows not yet sent are withdrawn. */
  signal?: AbortSignal;
}

interface Waiter {
  resolve: () => void;
  reject: (e: Error) => void;
  /** This request's lines in the batch: [first, end). */
  first: number;
  end: number;
  bytes: number;
  /** queued: in a batch being filled; sent: its insert is under way; withdrawn: taken back. */
  state: 'queued' | 'sent' | 'withdrawn';
  /** The client was gone when its rows were already being inserted. */
  late: boolean;
  cleanup: () => void;
}

/** A batch being filled: rows already encoded as JSONCompactEachRow lines. */
interface Batch {
  lines: string[];
  rows: number;
  bytes: number;
  waiters: Waiter[];
}

const emptyBatch = (): Batch => ({ lines: [], rows: 0, bytes: 0, waiters: [] });

/** Counters of what happened to writes, for logs and the benchmark. */
export interface WriterStats {
  /** Writes refused at once because they would not have been written in time. */
  refusedInTime: number;
  /** Writes taken back from a batch before it was sent: their time ran out or the client left. */
  withdrawn: number;
  /** Writes stored after their client had gone (their insert was already under way). */
  storedAfterClientGone: number;
}

/**
 * Collects rows from concurrent requests into few large INSERTs (ClickHouse wants thousands of
 * rows per insert, not one per request) and resolves each request's write only after the insert
 * that carried its rows has returned. Rows are encoded when they are written, so encoding the
 * next batch overlaps the insert of the current one; one insert per table is in flight at a time,
 * which keeps the part count low and lets batches grow with the load.
 *
 * Admission is bounded by bytes and by time: a write that the queue's measured drain rate says
 * cannot be sent within its budget is refused at once, and one still waiting in a batch when its
 * budget runs out (or its client leaves) is withdrawn before the batch is sent, so nothing is
 * stored for a request that was told to retry.
 */
export class BatchingWriter {
  readonly stats: WriterStats = { refusedInTime: 0, withdrawn: 0, storedAfterClientGone: 0 };
  private batch = emptyBatch();
  private inFlightRows = 0;
  private inFlightBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> | undefined;
  /** Bytes the store takes per ms, smoothed over recent inserts; 0 until one has finished. */
  private drainBytesPerMs = 0;

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

  /** How long rows of `bytes` written now would wait before their insert returns, ms. */
  expectedWaitMs(bytes: number): number {
    if (this.drainBytesPerMs === 0) return 0;
    const ahead = this.batch.bytes + this.inFlightBytes + bytes;
    return this.options.lingerMs + ahead / this.drainBytesPerMs;
  }

  /**
   * Throws QueueFullError at once when the queue is full (a lone request always gets in), or
   * when rows of `bytes` could not be written within `budgetMs`.
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
        `${this.table}: the store is behind by about ${Math.ceil(wait / 1000)} s, more than this request may wait (${Math.round(budgetMs / 1000)} s); try again later`,
        this.retryAfterSeconds(),
      );
    }
  }

  /** Seconds until the queue has drained at its measured rate, at least 1, at most 30. */
  retryAfterSeconds(): number {
    return Math.min(30, Math.max(1, Math.ceil(this.expectedWaitMs(0) / 1000)));
  }

  /**
   * Queues rows, each one JSONCompactEachRow line (a JSON array of the values in `columns`
   * order). Resolves when every row is in the store; rejects with StoreWriteError if the insert
   * failed, with QueueFullError if the rows were not sent within `limits.budgetMs`, and with
   * ClientGoneError if `limits.signal` aborted first (in both cases none of them is stored).
   */
  write(lines: readonly string[], limits?: WriteLimits): Promise<void> {
    if (lines.length === 0) return Promise.resolve();
    let bytes = 0;
    for (const line of lines) bytes += line.length + 1;
    this.reserve(lines.length, bytes, limits?.budgetMs);
    if (limits?.signal?.aborted) return Promise.reject(new ClientGoneError('the client is gone'));
    const batch = this.batch;
    const first = batch.lines.length;
    for (const line of lines) batch.lines.push(line);
    batch.bytes += bytes;
    batch.rows += lines.length;
    const end = batch.lines.length;
    const done = new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        first,
        end,
        bytes,
        state: 'queued',
        late: false,
        cleanup: () => undefined,
      };
      batch.waiters.push(waiter);
      if (limits) this.watch(waiter, batch, limits);
    });
    if (batch.bytes >= this.options.maxBatchBytes) this.kick();
    else
      this.timer ??= setTimeout(() => {
        this.kick();
      }, this.options.lingerMs);
    return done;
  }

  /** Withdraws the waiter's rows when its budget runs out or its client leaves first. */
  private watch(waiter: Waiter, batch: Batch, limits: WriteLimits): void {
    const withdraw = (error: Error): void => {
      if (waiter.state !== 'queued') return;
      waiter.state = 'withdrawn';
      batch.bytes -= waiter.bytes;
      batch.rows -= waiter.end - waiter.first;
      this.stats.withdrawn++;
      waiter.cleanup();
      waiter.reject(error);
    };
    const timer = setTimeout(() => {
      withdraw(
        new QueueFullError(
          `${this.table}: the rows could not be written within ${Math.round(limits.budgetMs / 1000)} s; none was stored, try again later`,
          this.retryAfterSeconds(),
        ),
      );
    }, limits.budgetMs);
    const onAbort = (): void => {
      if (waiter.state === 'sent') waiter.late = true;
      withdraw(new ClientGoneError('the client went away before its rows were written'));
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
    if (this.sending || this.batch.rows === 0) return;
    const batch = this.batch;
    this.batch = emptyBatch();
    const sent = batch.waiters.filter((w) => w.state === 'queued');
    const lines =
      sent.length === batch.waiters.length
        ? batch.lines
        : sent.flatMap((w) => batch.lines.slice(w.first, w.end));
    let first = 0;
    for (const w of sent) {
      // The budget no longer applies: once sent, rows are stored or fail as the insert does.
      w.state = 'sent';
      const n = w.end - w.first;
      w.first = first;
      w.end = first + n;
      first += n;
    }
    const toSend: Batch = { lines, rows: batch.rows, bytes: batch.bytes, waiters: sent };
    this.inFlightRows = toSend.rows;
    this.inFlightBytes = toSend.bytes;
    this.sending = this.insert(toSend).finally(() => {
      this.sending = undefined;
      this.inFlightRows = 0;
      this.inFlightBytes = 0;
      // What arrived during the insert goes next, without waiting: under load batches grow.
      if (this.batch.rows > 0) this.kick();
    });
  }

  private async insert(batch: Batch): Promise<void> {
    try {
      const started = performance.now();
      await this.insertLines(batch.lines);
      this.measure(batch.bytes, performance.now() - started);
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

  private measure(bytes: number, ms: number): void {
    const rate = bytes / Math.max(ms, 1);
    this.drainBytesPerMs =
      this.drainBytesPerMs === 0 ? rate : 0.7 * this.drainBytesPerMs + 0.3 * rate;
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
        await this.insertLines(batch.lines.slice(w.first, w.end));
        this.settle(w);
      } catch (e) {
        this.settle(w, failure(this.table, e));
      }
    }
  }

  private async insertLines(lines: readonly string[]): Promise<void> {
    const payload = Buffer.from(`${lines.join('\n')}\n`);
    await insertRaw(this.client, this.table, this.columns, payload);
  }
}
