import type { ClickHouseClient } from '@clickhouse/client';
import { jsonLines } from '@/lib/clickhouse/insert-raw';
import type { BatchingWriter } from '../sink/batching-writer';
import type { Signal } from '../otlp/otlp-wire';

/** ingest_requests columns in the order ledger rows fill them. */
export const ingestRequestsColumns = ['Digest', 'Signal', 'Stored', 'At'] as const;

/**
 * What the ledger knows of a request before it is written: `new` (never attempted), `stored`
 * (every row is in the store: write nothing) or `uncertain` (attempted, and some rows may be in
 * the store: write only those that are missing).
 */
export type Prior = 'new' | 'stored' | 'uncertain';

/** Whether an attempt that failed is known to have stored none of its counted rows. */
export type Failed = 'nothing-stored' | 'maybe-stored';

/** How long a request is remembered: OTLP exporters give up retrying after about 5 minutes. */
export const ledgerWindowMs = 15 * 60 * 1000;

interface Entry {
  state: 'stored' | 'uncertain';
  at: number;
}

/**
 * One request, one outcome: the attempt is recorded in the store before any of the request's
 * rows is written and the outcome after all of them are, so a retry (after a 503, a lost answer,
 * or a server killed while writing) is stored once. Concurrent copies of one request wait for the
 * first. The ledger is read back at start-up; one ingest process sees its own ledger only.
 */
export class RequestLedger {
  private readonly known = new Map<string, Entry>();
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(
    private readonly writer: BatchingWriter,
    private readonly maxEntries = 500_000,
  ) {}

  /** Reads back what the store's ledger knows of the last `ledgerWindowMs`. */
  async load(client: ClickHouseClient): Promise<void> {
    const result = await client.query({
      query: `SELECT Digest, max(Stored) AS stored, toUnixTimestamp64Milli(max(At)) AS at
              FROM ingest_requests
              WHERE At >= now64(3) - toIntervalSecond({window:UInt32})
              GROUP BY Digest ORDER BY at`,
      query_params: { window: Math.ceil(ledgerWindowMs / 1000) },
      format: 'JSONEachRow',
    });
    for (const row of await result.json<{ Digest: string; stored: number; at: string }>()) {
      this.remember(row.Digest, row.stored === 1 ? 'stored' : 'uncertain', Number(row.at));
    }
  }

  /** Requests the ledger remembers, for tests and logs. */
  get size(): number {
    return this.known.size;
  }

  /**
   * Runs `work` for a request once at a time: it is told what is known already and resolves once
   * the request's rows are stored; `failed` says what a failure of it leaves in the store.
   */
  async once<T>(
    digest: string,
    signal: Signal,
    work: (prior: Prior) => Promise<T>,
    failed: (error: unknown) => Failed,
  ): Promise<T> {
    for (let other = this.running.get(digest); other; other = this.running.get(digest)) {
      await other.catch(() => undefined);
    }
    const run = this.attempt(digest, signal, work, failed);
    this.running.set(digest, run);
    try {
      return await run;
    } finally {
      if (this.running.get(digest) === run) this.running.delete(digest);
    }
  }

  private async attempt<T>(
    digest: string,
    signal: Signal,
    work: (prior: Prior) => Promise<T>,
    failed: (error: unknown) => Failed,
  ): Promise<T> {
    const now = Date.now();
    const prior = this.prior(digest, now);
    if (prior === 'new') await this.writer.write(jsonLines([this.line(digest, signal, 0, now)]));
    this.remember(digest, 'uncertain', now);
    try {
      const result = await work(prior);
      this.remember(digest, 'stored', Date.now());
      // The outcome only saves a later retry its check of what is stored: not waited for, and a
      // failure to record it leaves the request `uncertain`, which is safe.
      this.writer
        .write(jsonLines([this.line(digest, signal, 1, Date.now())]))
        .catch(() => undefined);
      return result;
    } catch (e) {
      if (prior === 'new' && failed(e) === 'nothing-stored') this.known.delete(digest);
      throw e;
    }
  }

  private prior(digest: string, now: number): Prior {
    const entry = this.known.get(digest);
    if (!entry || now - entry.at > ledgerWindowMs) return 'new';
    return entry.state;
  }

  private remember(digest: string, state: Entry['state'], at: number): void {
    this.known.delete(digest);
    this.known.set(digest, { state, at });
    while (this.known.size > this.maxEntries) {
      const oldest = this.known.keys().next().value;
      if (oldest === undefined) break;
      this.known.delete(oldest);
    }
  }

  private line(digest: string, signal: Signal, stored: 0 | 1, at: number): string {
    return JSON.stringify([digest, signal, stored, (at / 1000).toFixed(3)]);
  }
}
