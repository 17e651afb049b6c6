import { z } from 'zod';
import { correlationTiers, profileScopes } from '../correlation/correlation-tier';
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

/** A span's flame graph for one scope and tier, with what the other tiers would give. */
export const spanProfile = z.object({
  tier: oneOf([...correlationTiers, 'none']),
  /** Hits each tier would give, so the view can offer the others. */
  tierCounts: z.record(tier, z.number()),
  /** The scope the tree covers (for `nearest`, the first that had samples). */
  scope: oneOf(profileScopes),
  /** Narrower scopes a `nearest` request tried first and found without samples. */
  emptyScopes: z.array(oneOf(profileScopes)),
  sampleType: z.string(),
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
