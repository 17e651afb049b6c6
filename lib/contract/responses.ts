import { z } from 'zod';
import { consoleResult, schemaTable } from './console-models';
import {
  operationProfile,
  spanBreakdown,
  spanContext,
  spanDiff,
  spanProfile,
} from './profile-models';

import { spanTimeline } from './timeline-models';
import {
  latencyHeatmap,
  spanRunningFunction,
  spanSummary,
  traceSpan,
  traceSummary,
} from './span-models';

/**
 * What each endpoint of the read API answers with 200. The route handlers are typed by these and
 * the browser's queries parse answers with them, so the two sides cannot drift apart.
 */

/** GET /api/services: every service that sent spans; empty means an empty store. */
export const servicesResponse = z.object({ services: z.array(z.string()) });
export type ServicesResponse = z.infer<typeof servicesResponse>;

/** GET /api/operations?service=: span names of one service, or of all. */
export const operationsResponse = z.object({ operations: z.array(z.string()) });
export type OperationsResponse = z.infer<typeof operationsResponse>;

/** GET /api/spans: the slowest spans matching the filters. */
export const spansResponse = z.object({
  spans: z.array(spanSummary),
  /** More spans matched than `limit`. */
  truncated: z.boolean(),
  /** How many spans match, whatever the limit (with `profiled=1`: before that condition). */
  matched: z.number(),
  /**
   * With `profiled=1`: how many of the slowest matching spans were checked for samples (samples
   * are matched per span, so the condition cannot be counted over all of them); else null.
   */
  scanned: z.number().nullable(),
  /** Every matching span's duration over time. */
  latency: latencyHeatmap,
  /** The search with its parameters inlined, runnable in the SQL console. */
  sql: z.string(),
});
export type SpansResponse = z.infer<typeof spansResponse>;

/** GET /api/traces: the traces with a matching span, slowest matching span first. */
export const tracesResponse = z.object({
  traces: z.array(traceSummary),
  /** More traces matched than `limit`. */
  truncated: z.boolean(),
  /** How many traces have a matching span, whatever the limit (with `profiled=1`: before it). */
  matched: z.number(),
  /** With `profiled=1`: how many of the slowest matching traces were checked; else null. */
  scanned: z.number().nullable(),
  /** The trace search with its parameters inlined, runnable in the SQL console. */
  sql: z.string(),
});
export type TracesResponse = z.infer<typeof tracesResponse>;

/** GET /api/functions/spans: the slowest spans whose samples contain a function. */
export const functionSpansResponse = z.object({
  spans: z.array(spanRunningFunction),
  /** The query the API ran, runnable in the SQL console. */
  sql: z.string(),
});
export type FunctionSpansResponse = z.infer<typeof functionSpansResponse>;

/** GET /api/traces/<traceId>: every span of a trace. */
export const traceResponse = z.object({
  traceId: z.string(),
  spans: z.array(traceSpan),
  /** The trace query with its parameters inlined, runnable in the SQL console. */
  sql: z.string(),
});
export type TraceResponse = z.infer<typeof traceResponse>;

/** GET /api/traces/<traceId>/spans/<spanId>/profile (without `format`). */
export const spanProfileResponse = spanProfile;

/** GET /api/traces/<traceId>/spans/<spanId>/breakdown. */
export const spanBreakdownResponse = spanBreakdown;

/** GET /api/traces/<traceId>/spans/<spanId>/diff. */
export const spanDiffResponse = spanDiff;

/** GET /api/operations/profile. */
export const operationProfileResponse = operationProfile;
/** GET /api/traces/<traceId>/spans/<spanId>/timeline. */
export const spanTimelineResponse = spanTimeline;

/** GET /api/traces/<traceId>/spans/<spanId>/context. */
export const spanContextResponse = spanContext;

/** POST /api/sql { query } (JSON, not `format: 'csv'`). */
export const sqlResponse = consoleResult;

/** GET /api/schema: the tables the SQL console may read, with their columns and comments. */
export const schemaResponse = z.object({ tables: z.array(schemaTable) });
export type SchemaResponse = z.infer<typeof schemaResponse>;

/** POST /api/symbols (an ELF file as the body): what was stored. */
export const symbolsResponse = z.object({
  /** The ids the file's symbols are stored under: GNU build id, Go build id, profiler file id. */
  buildIds: z.array(z.string()),
  /** Function symbols the file has. */
  symbols: z.number(),
  /** False when this file was already stored (an upload again is a no-op) or has no symbols. */
  stored: z.boolean(),
});
export type SymbolsResponse = z.infer<typeof symbolsResponse>;

/** The body of every refusal and failure of the API (and of the web port's guard). */
export const errorResponse = z.object({ error: z.string() });
export type ErrorBody = z.infer<typeof errorResponse>;
