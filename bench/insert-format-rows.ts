/**
 * The rows the insert-format bench inserts: the bench's own OTLP requests, decoded and normalized
 * by ingest's code and turned into rows by ingest's row builders, grouped into inserts.
 */
import { otlpProfilesToSamples } from '@/ingest/normalize/otlp-profiles-to-samples';
import { otlpTracesToSpans } from '@/ingest/normalize/otlp-traces-to-spans';
import {
  decodeExportProfilesRequest,
  decodeExportTraceRequest,
} from '@/ingest/otlp/decode-export-request';
import {
  profileSamplesIngestColumns,
  sampleGroupsToIngestRows,
} from '@/ingest/rows/sample-groups-to-ingest-rows';
import { otelTracesColumns, spansToLines, spanToRow } from '@/ingest/rows/span-to-row';
import { generateProfileRequests } from './generate-profile-requests';
import { generateTraceRequests } from './generate-trace-requests';
import { makeFramePool } from './profile-frame-pool';
import { nowNs } from './seeded-random';

/** One insert's worth of rows, with the JSON lines today's path would send. */
export interface InsertBatch {
  /** Builds the rows from the normalized records (part of the timed encode, as in ingest). */
  rows: () => unknown[][];
  /** The same rows as today's JSONCompactEachRow lines, built as ingest builds them. */
  lines: () => string[];
  /** Rows the destination table gets (profile_samples hits, otel_traces spans). */
  storedRows: number;
}

export interface TableWorkload {
  /** What ingest inserts into. */
  table: string;
  /** Where the rows end up (counted to check every format stored all of them). */
  storedTable: string;
  columns: readonly string[];
  batches: InsertBatch[];
}

function chunk<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

export function profileWorkload(requests: number, requestsPerInsert: number): TableWorkload {
  const bodies = generateProfileRequests(requests, makeFramePool(), nowNs());
  const perRequest = bodies.map((b) => {
    const { request } = decodeExportProfilesRequest(b.body, 'protobuf');
    const { groups } = otlpProfilesToSamples(request, (a) => a);
    return { groups, hits: groups.reduce((n, g) => n + g.timestamps.length, 0) };
  });
  return {
    table: 'profile_samples_ingest',
    storedTable: 'profile_samples',
    columns: profileSamplesIngestColumns,
    batches: chunk(perRequest, requestsPerInsert).map((group) => {
      const groups = group.flatMap((r) => r.groups);
      return {
        rows: () => sampleGroupsToIngestRows(groups),
        lines: () => sampleGroupsToIngestRows(groups).map((r) => JSON.stringify(r)),
        storedRows: group.reduce((n, r) => n + r.hits, 0),
      };
    }),
  };
}

export function traceWorkload(requests: number, requestsPerInsert: number): TableWorkload {
  const bodies = generateTraceRequests(requests, 500, nowNs());
  const perRequest = bodies.map((b) => {
    const { request } = decodeExportTraceRequest(b.body, 'protobuf');
    return otlpTracesToSpans(request).spans;
  });
  return {
    table: 'otel_traces',
    storedTable: 'otel_traces',
    columns: otelTracesColumns,
    batches: chunk(perRequest, requestsPerInsert).map((group) => {
      const spans = group.flat();
      return {
        rows: () => spans.map(spanToRow),
        lines: () => spansToLines(spans),
        storedRows: spans.length,
      };
    }),
  };
}
