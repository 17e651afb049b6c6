import { z } from 'zod';
import { correlationTiers } from '../correlation/correlation-tier';
import { oneOf } from './one-of';

/** A span as the views use it: ids hex, times in unix ns as decimal strings (they exceed 2^53). */
export const traceSpan = z.object({
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string(),
  name: z.string(),
  kind: z.string(),
  service: z.string(),
  /** Span start, unix ns, decimal string. */
  startNs: z.string(),
  /** Duration in ns, decimal string. */
  durationNs: z.string(),
  statusCode: z.string(),
  statusMessage: z.string(),
  attributes: z.record(z.string(), z.string()),
  resource: z.record(z.string(), z.string()),
  /** The span's events (OTLP Span.events): when, unix ns as a decimal string, and their name. */
  events: z.array(z.object({ timeNs: z.string(), name: z.string() })),
});
export type TraceSpan = z.infer<typeof traceSpan>;

/** What a list of spans shows of each: its ids, service, name, start and duration. */
const spanHeadline = {
  traceId: z.string(),
  spanId: z.string(),
  service: z.string(),
  name: z.string(),
  /** Unix ns, decimal string. */
  startNs: z.string(),
  /** ns, decimal string. */
  durationNs: z.string(),
};

/** A span's tier in the explorer: the most certain one with samples, or none. */
export const spanTier = oneOf([...correlationTiers, 'none']);

/** One row of the explorer: a span and how many profile samples it has, by its best tier. */
export const spanSummary = z.object({
  ...spanHeadline,
  statusCode: z.string(),
  pod: z.string(),
  namespace: z.string(),
  /** Sample hits of the most certain tier with samples. */
  samples: z.number(),
  tier: spanTier,
});
export type SpanSummary = z.infer<typeof spanSummary>;

/** A span whose samples contain a function, and how much of them. */
export const spanRunningFunction = z.object({
  ...spanHeadline,
  /** Sample hits of the searched type named for the span (exact and label tiers). */
  samples: z.number(),
  /** Those of them whose stack contains the function. */
  matching: z.number(),
  /** matching / samples. */
  share: z.number(),
});
export type SpanRunningFunction = z.infer<typeof spanRunningFunction>;

/** Rows of the latency heatmap per doubling of duration: row d covers [2^(d/4), 2^((d+1)/4)) ns. */
export const latencyBucketsPerOctave = 4;

/** Every matching span's duration over time, counted in cells; see latencyBucketsPerOctave. */
export const latencyHeatmap = z.object({
  /** The time the cells cover, unix ms: the matching spans' extent within the search range. */
  fromMs: z.number(),
  toMs: z.number(),
  /** Width of a time column in ms; column t starts at fromMs + t * stepMs. */
  stepMs: z.number(),
  /** [time column, duration row, spans, of which errors], only cells with spans. */
  cells: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
});
export type LatencyHeatmap = z.infer<typeof latencyHeatmap>;

/** One row of the explorer's traces view: a trace with a matching span, and its slowest one. */
export const traceSummary = z.object({
  traceId: z.string(),
  /** The trace's root (its earliest span without a parent in the trace). */
  rootService: z.string(),
  rootName: z.string(),
  /** Start of the trace's first span, unix ns, decimal string. */
  startNs: z.string(),
  /** From the first span's start to the last span's end, ns, decimal string. */
  durationNs: z.string(),
  spanCount: z.number(),
  services: z.array(z.string()),
  /** Spans whose status is Error. */
  errors: z.number(),
  /** Spans with profile samples of their own (by each span's most certain tier). */
  profiledSpans: z.number(),
  /** The slowest span that matched the filters, with its own samples. */
  slowest: spanSummary,
});
export type TraceSummary = z.infer<typeof traceSummary>;
