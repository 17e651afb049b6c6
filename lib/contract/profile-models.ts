import { z } from 'zod';
import { correlationTiers, profileScopes } from '../correlation/correlation-tier';
import { sampleKinds } from '../correlation/sample-kinds';
import { oneOf } from './one-of';

/**
 * The one data shape of a flame graph, as the API returns it and the view draws it
 * (d3-flame-graph reads name/value/children; the rest feeds tooltips, colours and tables).
 */
export const flameNode = z.object({
  /** Function name, or `module+0xaddress` for a frame without symbols. */
  name: z.string(),
  /** Total weight of this frame and everything it called, in the profile's unit. */
  value: z.number(),
  /** Weight of samples whose leaf is this frame. */
  self: z.number(),
  /** profile.frame.type: native, kernel, go, v8js, jvm, cpython, … ('' at the root). */
  frameType: z.string(),
  /** Source file, '' when unknown. */
  file: z.string(),
  /** Source line of the call site within the parent, 0 when unknown. */
  line: z.number(),
  /** The binary or library, '' when unknown. */
  module: z.string(),
  get children(): z.ZodArray<typeof flameNode> {
    return z.array(flameNode);
  },
});
export type FlameNode = z.infer<typeof flameNode>;

/** Coverage: did we find the samples the span's duration promises? */
export const coverage = z.object({
  /** Sample hits found for the chosen tier. */
  found: z.number(),
  /** Hits a fully busy scope would have: its spans' time per process / sampling period. */
  expected: z.number(),
  periodNs: z.number(),
  /** no-samples: nothing matched; shorter-than-period: the span is shorter than one sampling period. */
  state: oneOf(['ok', 'no-samples', 'shorter-than-period'] as const),
});
export type Coverage = z.infer<typeof coverage>;

const tier = oneOf(correlationTiers);

/** A sample type a span's samples hold, with its hits in the most certain tier that has it. */
export const sampleTypeOffer = z.object({
  name: z.string(),
  unit: z.string(),
  kind: oneOf(sampleKinds),
  hits: z.number(),
  tier,
});
export type SampleTypeOffer = z.infer<typeof sampleTypeOffer>;

/** A span's flame graph for one scope and tier, with what the other tiers would give. */
export const spanProfile = z.object({
  tier: oneOf([...correlationTiers, 'none']),
  /** Hits each tier would give, so the view can offer the others. */
  tierCounts: z.record(tier, z.number()),
  /** The scope the tree covers (for `nearest`, the first that had samples). */
  scope: oneOf(profileScopes),
  /** Narrower scopes a `nearest` request tried first and found without samples. */
  emptyScopes: z.array(oneOf(profileScopes)),
  /** The sample type the tree shows ('' when the span has samples of none). */
  sampleType: z.string(),
  /** Every sample type the store holds for this scope, on-CPU first: what a type switch offers. */
  sampleTypes: z.array(sampleTypeOffer),
  unit: z.string(),
  /** Sum of weights in the tree, in `unit`. */
  total: z.number(),
  coverage,
  tree: flameNode,
  /** The stacks query of the tier used (of the exact tier when none matched), runnable as is. */
  sql: z.string(),
});
export type SpanProfile = z.infer<typeof spanProfile>;

/** Where a context value came from: the span's own resource, what ingest learned, or the samples. */
export const contextSource = oneOf(['span', 'learned', 'samples'] as const);
export type ContextSource = z.infer<typeof contextSource>;

export const contextField = z.object({
  key: z.string(),
  label: z.string(),
  value: z.string(),
  source: contextSource,
});
export type ContextField = z.infer<typeof contextField>;

/** The Kubernetes and process context of the process that ran a span, most specific first. */
export const spanContext = z.object({
  fields: z.array(contextField),
  /** The query of what the samples of the span's process say, runnable as is ('' without a pid). */
  sql: z.string(),
});
export type SpanContext = z.infer<typeof spanContext>;

/** One thread's share of a span's time. */
export const threadBreakdown = z.object({
  hostName: z.string(),
  pid: z.number(),
  threadId: z.number(),
  onCpuNs: z.number(),
  offCpuNs: z.number(),
  /** The span's duration less what this thread was seen doing, never below 0. */
  unaccountedNs: z.number(),
  onCpuHits: z.number(),
  offCpuHits: z.number(),
});
export type ThreadBreakdown = z.infer<typeof threadBreakdown>;

/**
 * Where a span's time went: on a CPU, waiting off it, or not seen by the profiler. On-CPU time
 * is hits × period; off-CPU time is each off-CPU event's wait clipped to the scope's time.
 */
export const spanBreakdown = z.object({
  scope: oneOf(profileScopes),
  tier: oneOf([...correlationTiers, 'none']),
  /** The time split: the selected span's duration (of the scope's time for wider scopes). */
  durationNs: z.number(),
  onCpuNs: z.number(),
  offCpuNs: z.number(),
  /** durationNs less on- and off-CPU time, never below 0 (threads running in parallel can sum past it). */
  unaccountedNs: z.number(),
  coverage: z.object({
    /** On-CPU hits found and the hits a fully busy scope would have. */
    onCpu: z.object({ found: z.number(), expected: z.number(), periodNs: z.number() }),
    /**
     * Off-CPU events found; `recording`: whether the span's processes sent off-CPU samples at
     * all near its time (false: the agent does not record off-CPU there, so 0 means unknown).
     */
    offCpu: z.object({ found: z.number(), recording: z.boolean() }),
  }),
  byThread: z.array(threadBreakdown),
  /** The query behind the split, runnable as is ('' when the span has no samples source). */
  sql: z.string(),
});
export type SpanBreakdown = z.infer<typeof spanBreakdown>;

/** The spans a cohort profile merges. */
export const cohortSummary = z.object({
  /** Spans matching the operation, window, filters (and band), whatever the cap. */
  matched: z.number(),
  /** Spans whose samples were merged (at most the cap, a fixed pseudo-random subset). */
  used: z.number(),
  /** Of those, spans that had samples of the type. */
  withSamples: z.number(),
  /** The cohort's durations in ns. */
  minNs: z.number(),
  maxNs: z.number(),
});
export type CohortSummary = z.infer<typeof cohortSummary>;

/** One operation's merged flame graph: every span of service + span name in the window. */
export const operationProfile = z.object({
  service: z.string(),
  operation: z.string(),
  spans: cohortSummary,
  /** Each span's samples cover this scope: the span alone, with the spans under it, its trace. */
  scope: oneOf(profileScopes),
  sampleType: z.string(),
  unit: z.string(),
  /** Sum of weights in the tree, in `unit`, over all spans used. */
  total: z.number(),
  tree: flameNode,
  /** The merged samples' stacks query, runnable as is ('' when no span had samples). */
  sql: z.string(),
});
export type OperationProfile = z.infer<typeof operationProfile>;

/** A frame of a differential flame graph: weights per span of the target and of the baseline. */
export const diffNode = z.object({
  name: z.string(),
  /** The target's weight per span: what the frame's width shows. */
  value: z.number(),
  /** The baseline's weight per span of the same call path. */
  baseline: z.number(),
  self: z.number(),
  baselineSelf: z.number(),
  frameType: z.string(),
  file: z.string(),
  line: z.number(),
  module: z.string(),
  get children(): z.ZodArray<typeof diffNode> {
    return z.array(diffNode);
  },
});
export type DiffNode = z.infer<typeof diffNode>;

export const diffBaselines = ['cohort', 'previous-revision'] as const;
export type DiffBaseline = (typeof diffBaselines)[number];
export const diffTargets = ['span', 'slow'] as const;
export type DiffTarget = (typeof diffTargets)[number];

/** One side of a diff: which spans, how many, and their total weight per span. */
export const diffSide = z.object({
  /** What the side is, in words ("this span", "p40–p60 of POST /pay", "image v1.2"). */
  label: z.string(),
  spans: cohortSummary,
  /** Weight per span, in `unit`. */
  total: z.number(),
});

/** A span (or its slow cohort) against a baseline of the same operation, per span. */
export const spanDiff = z.object({
  baselineKind: oneOf(diffBaselines),
  targetKind: oneOf(diffTargets),
  /** Both sides' spans cover this scope, as the span view's flame graph does. */
  scope: oneOf(profileScopes),
  baseline: diffSide,
  target: diffSide,
  /** Baselines on offer for this span (previous-revision only when a rollout is visible). */
  baselines: z.array(oneOf(diffBaselines)),
  sampleType: z.string(),
  unit: z.string(),
  tree: diffNode,
});
export type SpanDiff = z.infer<typeof spanDiff>;
