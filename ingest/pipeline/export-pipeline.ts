import type { ClickHouseClient } from '@clickhouse/client';
import { jsonLines, jsonTarget } from '@/lib/clickhouse/insert-raw';
import type { ContextUpdate, ResourceContext } from '../context/resource-context';
import { otlpProfilesToSamples } from '../normalize/otlp-profiles-to-samples';
import { otlpTracesToSpans } from '../normalize/otlp-traces-to-spans';
import {
  decodeExportProfilesRequest,
  decodeExportTraceRequest,
  type OtlpEncoding,
} from '../otlp/decode-export-request';
import { encodeExportResponse } from '../otlp/encode-export-response';
import type { Rejections } from '../otlp/rejections';
import { resourceContextColumns, resourceContextToRow } from '../rows/resource-context-to-row';
import { profileSamplesIngestBinary } from '../rows/profile-samples-ingest-binary';
import { sampleGroupsToIngestRows } from '../rows/sample-groups-to-ingest-rows';
import { otelTracesBinary } from '../rows/otel-traces-binary';
import { spanToRow } from '../rows/span-to-row';
import { profileStacksColumns, stackToRow } from '../rows/stack-to-row';
import {
  BatchingWriter,
  type BatchingWriterOptions,
  type WriterStats,
} from '../sink/batching-writer';
import { requestDigest } from '../ledger/request-digest';
import { ingestRequestsColumns, RequestLedger } from '../ledger/request-ledger';
import { callLimits, ShuttingDownError, storedNothing, type ExportCall } from './export-call';
import { hitsNotStored, spansNotStored } from '../ledger/stored-already';
import { WrittenStacks } from './written-stacks';
import { retentionWindow, storeTimeWindow, type TimeWindow } from '../rows/column-rules';

/** Counters for logs and the benchmark. */
export interface ExportStats {
  spans: number;
  sampleHits: number;
  rejectedSpans: number;
  rejectedProfiles: number;
  /** Requests answered from the ledger: a retry of one whose rows were all stored already. */
  storedBefore: number;
}

export interface PipelineOptions {
  /** TRACEPROF_TTL_DAYS: older items are rejected at the door (see column-rules.ts). */
  retentionDays?: number;
  /**
   * TRACEPROF_INGEST_TIMEOUT_MS: how long a request may take to be written before it is answered
   * 503 / UNAVAILABLE with nothing stored, default 5 s.
   */
  admissionMs?: number;
}

/**
 * Decode → normalize → rows → store for one Export request, shared by gRPC and HTTP. Resolves with
 * the encoded Export response only once every stored row is in ClickHouse.
 *
 * One request, one outcome: each request goes through the ledger (ingest/ledger), so a retry is
 * stored once. Spans and sample hits are the rows that a second write would duplicate; stacks and
 * learned context are keyed and written again harmlessly. Only the former are bounded in time:
 * if they cannot be on their way to the store within the request's bound they are withdrawn and
 * the request is answered 503 / UNAVAILABLE with nothing of them stored.
 */
export class ExportPipeline {
  readonly stats: ExportStats = {
    spans: 0,
    sampleHits: 0,
    rejectedSpans: 0,
    rejectedProfiles: 0,
    storedBefore: 0,
  };
  readonly ledger: RequestLedger;
  private readonly spans: BatchingWriter;
  private readonly samples: BatchingWriter;
  private readonly stacks: BatchingWriter;
  private readonly contextRows: BatchingWriter;
  private readonly ledgerRows: BatchingWriter;
  private readonly writtenStacks = new WrittenStacks();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly admissionMs: number;
  private readonly retentionDays: number | undefined;
  private closing = false;

  constructor(
    private readonly client: ClickHouseClient,
    private readonly context: ResourceContext,
    options: Partial<BatchingWriterOptions> = {},
    pipelineOptions: PipelineOptions = {},
  ) {
    const o = {
      maxBatchBytes: 16 * 1024 * 1024,
      lingerMs: 25,
      maxQueuedBytes: 256 * 1024 * 1024,
      ...options,
    };
    this.admissionMs = pipelineOptions.admissionMs ?? 5000;
    this.retentionDays = pipelineOptions.retentionDays;
    // Spans and sample hits are the bulk of what ingest writes: RowBinary, which the engine parses
    // fastest and which carries no JSON text to build (bench/insert-format-bench.ts has figures).
    this.spans = new BatchingWriter(client, otelTracesBinary.target, o);
    this.samples = new BatchingWriter(client, profileSamplesIngestBinary.target, o);
    this.stacks = new BatchingWriter(client, jsonTarget('profile_stacks', profileStacksColumns), o);
    this.contextRows = new BatchingWriter(
      client,
      jsonTarget('resource_context', resourceContextColumns),
      o,
    );
    // Ledger rows are tiny, one per request, and each request waits for its attempt's row before
    // writing: a short linger, and no byte bound of their own (the requests' rows have theirs).
    this.ledgerRows = new BatchingWriter(
      client,
      jsonTarget('ingest_requests', ingestRequestsColumns),
      {
        ...o,
        lingerMs: Math.min(o.lingerMs, 5),
        maxQueuedBytes: Infinity,
      },
    );
    this.ledger = new RequestLedger(this.ledgerRows);
  }

  exportTraces(
    body: Uint8Array,
    encoding: OtlpEncoding,
    call: ExportCall = {},
  ): Promise<Uint8Array> {
    return this.track(async () => {
      const limits = callLimits(call, this.admissionMs);
      // Refused before decoding when the queue alone is behind its bound: under overload a
      // refusal must cost little, or refusing takes the time that storing needs.
      this.spans.reserve(1, 0, limits.budgetMs);
      const decoded = decodeExportTraceRequest(body, encoding);
      const normalized = otlpTracesToSpans(decoded.request, this.timeWindow());
      normalized.rejected.absorb(decoded.rejected);
      const digest = requestDigest('traces', encoding, body);
      await this.ledger.once(
        digest,
        'traces',
        async (prior) => {
          if (prior === 'stored') {
            this.stats.storedBefore++;
            return;
          }
          const spans =
            prior === 'uncertain'
              ? await spansNotStored(this.client, normalized.spans)
              : normalized.spans;
          const encoded = otelTracesBinary.encodeRows(spans.map(spanToRow));
          this.spans.reserve(encoded.rows, encoded.payload.length, limits.budgetMs);
          await Promise.all([
            this.spans.write(encoded, limits),
            this.persistContext(
              normalized.resources.flatMap((r) => this.context.learn(r, Date.now())),
            ),
          ]);
          this.stats.spans += spans.length;
        },
        storedNothing,
      );
      this.stats.rejectedSpans += normalized.rejected.count;
      return respond('traces', normalized.rejected, encoding);
    });
  }

  exportProfiles(
    body: Uint8Array,
    encoding: OtlpEncoding,
    call: ExportCall = {},
  ): Promise<Uint8Array> {
    return this.track(async () => {
      const limits = callLimits(call, this.admissionMs);
      this.samples.reserve(1, 0, limits.budgetMs);
      const decoded = decodeExportProfilesRequest(body, encoding);
      // Each resource teaches before it is filled: the k8sattributes processor may have enriched
      // this very request, and a process's spans may have named its service.
      const learned: ContextUpdate[] = [];
      const normalized = otlpProfilesToSamples(
        decoded.request,
        (a) => {
          learned.push(...this.context.learn(a, Date.now()));
          return this.context.fill(a);
        },
        this.timeWindow(),
      );
      normalized.rejected.absorb(decoded.rejected);
      const digest = requestDigest('profiles', encoding, body);
      await this.ledger.once(
        digest,
        'profiles',
        async (prior) => {
          if (prior === 'stored') {
            this.stats.storedBefore++;
            return;
          }
          const groups =
            prior === 'uncertain'
              ? await hitsNotStored(this.client, normalized.groups)
              : normalized.groups;
          const rows = profileSamplesIngestBinary.encodeRows(sampleGroupsToIngestRows(groups));
          this.samples.reserve(rows.rows, rows.payload.length, limits.budgetMs);
          const now = Date.now();
          const newStacks = normalized.stacks.filter(
            (s) => !this.writtenStacks.has(s.stackId, now),
          );
          const nowSeconds = Math.floor(now / 1000);
          await Promise.all([
            this.stacks
              .write(jsonLines(newStacks.map((s) => JSON.stringify(stackToRow(s, nowSeconds)))))
              .then(() => {
                this.writtenStacks.add(
                  newStacks.map((s) => s.stackId),
                  now,
                );
              }),
            this.samples.write(rows, limits),
            this.persistContext(learned),
          ]);
          for (const g of groups) this.stats.sampleHits += g.timestamps.length;
        },
        storedNothing,
      );
      this.stats.rejectedProfiles += normalized.rejected.count;
      return respond('profiles', normalized.rejected, encoding);
    });
  }

  /** The times a request's items may have, now. */
  private timeWindow(): TimeWindow {
    return this.retentionDays === undefined
      ? storeTimeWindow
      : retentionWindow(Date.now(), this.retentionDays);
  }

  /** What the writers of counted rows refused, withdrew or stored late, summed. */
  admissionStats(): WriterStats {
    const sum = (k: keyof WriterStats): number => this.spans.stats[k] + this.samples.stats[k];
    return {
      refusedInTime: sum('refusedInTime'),
      withdrawn: sum('withdrawn'),
      storedAfterClientGone: sum('storedAfterClientGone'),
      inserts: sum('inserts'),
    };
  }

  /** Rows accepted and not yet in the store, per destination. */
  queuedRows(): { spans: number; samples: number } {
    return { spans: this.spans.queuedRows, samples: this.samples.queuedRows };
  }

  /** Stops taking requests, waits for those under way and flushes every queue. */
  async drain(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.inFlight]);
    await Promise.all([
      this.spans.flush(),
      this.samples.flush(),
      this.stacks.flush(),
      this.contextRows.flush(),
      this.ledgerRows.flush(),
    ]);
  }

  private track<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new ShuttingDownError('traceprof is shutting down'));
    const p = work();
    this.inFlight.add(p);
    const forget = (): void => void this.inFlight.delete(p);
    p.then(forget, forget);
    return p;
  }

  private async persistContext(updates: readonly ContextUpdate[]): Promise<void> {
    const nowSeconds = Math.floor(Date.now() / 1000);
    await this.contextRows.write(
      jsonLines(
        updates.map((u) => JSON.stringify(resourceContextToRow(u.key, u.attributes, nowSeconds))),
      ),
    );
  }
}

function respond(
  signal: 'traces' | 'profiles',
  rejected: Rejections,
  encoding: OtlpEncoding,
): Uint8Array {
  const partial =
    rejected.count > 0 ? { rejected: rejected.count, errorMessage: rejected.message() } : null;
  return encodeExportResponse(signal, partial, encoding);
}
