import type { ClickHouseClient } from '@clickhouse/client';
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
import {
  profileSamplesIngestColumns,
  sampleGroupsToIngestRows,
} from '../rows/sample-groups-to-ingest-rows';
import { otelTracesColumns, spansToLines } from '../rows/span-to-row';
import { profileStacksColumns, stackToRow } from '../rows/stack-to-row';
import { BatchingWriter, type BatchingWriterOptions } from '../sink/batching-writer';
import { WrittenStacks } from './written-stacks';
import { retentionWindow, storeTimeWindow, type TimeWindow } from '../rows/column-rules';

/** The server is stopping and takes no new work: 503 / UNAVAILABLE, the client retries elsewhere. */
export class ShuttingDownError extends Error {}

/** Counters for logs and the benchmark. */
export interface ExportStats {
  spans: number;
  sampleHits: number;
  rejectedSpans: number;
  rejectedProfiles: number;
}

/**
 * Decode → normalize → rows → store for one Export request, shared by gRPC and HTTP. Resolves with
 * the encoded Export response only once every stored row is in ClickHouse.
 */
export class ExportPipeline {
  readonly stats: ExportStats = { spans: 0, sampleHits: 0, rejectedSpans: 0, rejectedProfiles: 0 };
  private readonly spans: BatchingWriter;
  private readonly samples: BatchingWriter;
  private readonly stacks: BatchingWriter;
  private readonly contextRows: BatchingWriter;
  private readonly writtenStacks = new WrittenStacks();
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing = false;

  /**
   * `retentionDays` (TRACEPROF_TTL_DAYS) rejects items older than the store keeps, and more than
   * a day ahead of this clock; without it, only times the store cannot hold are rejected.
   */
  constructor(
    client: ClickHouseClient,
    private readonly context: ResourceContext,
    options: Partial<BatchingWriterOptions> = {},
    private readonly retentionDays?: number,
  ) {
    const o = {
      maxBatchBytes: 16 * 1024 * 1024,
      lingerMs: 25,
      maxQueuedBytes: 256 * 1024 * 1024,
      ...options,
    };
    this.spans = new BatchingWriter(client, 'otel_traces', otelTracesColumns, o);
    this.samples = new BatchingWriter(
      client,
      'profile_samples_ingest',
      profileSamplesIngestColumns,
      o,
    );
    this.stacks = new BatchingWriter(client, 'profile_stacks', profileStacksColumns, o);
    this.contextRows = new BatchingWriter(client, 'resource_context', resourceContextColumns, o);
  }

  exportTraces(body: Uint8Array, encoding: OtlpEncoding): Promise<Uint8Array> {
    return this.track(async () => {
      const decoded = decodeExportTraceRequest(body, encoding);
      const normalized = otlpTracesToSpans(decoded.request, this.timeWindow());
      normalized.rejected.absorb(decoded.rejected);
      this.spans.reserve(normalized.spans.length);
      await Promise.all([
        this.spans.write(spansToLines(normalized.spans)),
        this.persistContext(normalized.resources.flatMap((r) => this.context.learn(r, Date.now()))),
      ]);
      this.stats.spans += normalized.spans.length;
      this.stats.rejectedSpans += normalized.rejected.count;
      return respond('traces', normalized.rejected, encoding);
    });
  }

  exportProfiles(body: Uint8Array, encoding: OtlpEncoding): Promise<Uint8Array> {
    return this.track(async () => {
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
      const rows = sampleGroupsToIngestRows(normalized.groups).map((r) => JSON.stringify(r));
      this.samples.reserve(rows.length);
      const now = Date.now();
      const newStacks = normalized.stacks.filter((s) => !this.writtenStacks.has(s.stackId, now));
      const nowSeconds = Math.floor(now / 1000);
      await Promise.all([
        this.stacks
          .write(newStacks.map((s) => JSON.stringify(stackToRow(s, nowSeconds))))
          .then(() => {
            this.writtenStacks.add(
              newStacks.map((s) => s.stackId),
              now,
            );
          }),
        this.samples.write(rows),
        this.persistContext(learned),
      ]);
      for (const g of normalized.groups) this.stats.sampleHits += g.timestamps.length;
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
      updates.map((u) => JSON.stringify(resourceContextToRow(u.key, u.attributes, nowSeconds))),
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
