import { z } from 'zod';
import { correlationTiers, profileScopes } from '../correlation/correlation-tier';
import { sampleKinds } from '../correlation/sample-kinds';
import { oneOf } from './one-of';

/** One sample hit on a thread's lane. */
export const timelineSample = z.object({
  /** When it was taken, ns from the span's start. */
  t: z.number(),
  sampleType: z.string(),
  /** Its weight in its type's unit (an off-CPU hit: how long the thread was off the CPU). */
  value: z.number(),
  /** Key into profile_stacks, a decimal string. */
  stackId: z.string().optional(),
});
export type TimelineSample = z.infer<typeof timelineSample>;

/** A thread that ran for the span, with its samples in time order. */
export const threadLane = z.object({
  hostName: z.string(),
  pid: z.number(),
  threadId: z.number(),
  /** thread.name of its samples, '' when none said. */
  threadName: z.string(),
  /** Every sample of the thread the tier matched, also those left out by the cap. */
  sampleCount: z.number(),
  samples: z.array(timelineSample),
});
export type ThreadLane = z.infer<typeof threadLane>;

/** A sample type on the lanes and what its hits measure (sample-kind.ts tells by the data). */
export const timelineSampleType = z.object({
  sampleType: z.string(),
  unit: z.string(),
  kind: oneOf(sampleKinds),
  count: z.number(),
});
export type TimelineSampleType = z.infer<typeof timelineSampleType>;

/** A direct child of the span, placed on the span's time. */
export const timelineChild = z.object({
  spanId: z.string(),
  name: z.string(),
  service: z.string(),
  /** Its start, ns from the span's start (negative when it starts before it). */
  offsetNs: z.number(),
  durationNs: z.number(),
});
export type TimelineChild = z.infer<typeof timelineChild>;

/**
 * The threads that ran for a span, sample by sample, under the scope and tier its profile uses,
 * with the span's direct children above them.
 */
export const spanTimeline = z.object({
  span: z.object({
    spanId: z.string(),
    name: z.string(),
    /** Unix ns, decimal string. */
    startNs: z.string(),
    /** ns, decimal string. */
    durationNs: z.string(),
  }),
  tier: oneOf([...correlationTiers, 'none']),
  scope: oneOf(profileScopes),
  emptyScopes: z.array(oneOf(profileScopes)),
  sampleTypes: z.array(timelineSampleType),
  /** By host, pid and thread id. */
  threads: z.array(threadLane),
  /** By start. */
  children: z.array(timelineChild),
  /** Every sample the tier matched, of every type. */
  sampleTotal: z.number(),
  /** The most samples an answer carries. */
  sampleLimit: z.number(),
  /** More samples matched than sampleLimit: each lane keeps every n-th of each type. */
  capped: z.boolean(),
});
export type SpanTimeline = z.infer<typeof spanTimeline>;
