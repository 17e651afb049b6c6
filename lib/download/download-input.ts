import type { WeightedStack } from '../flame/flame-node';

/** What every download format is made from: a span profile's stacks and where they came from. */
export interface DownloadInput {
  /** Distinct stacks, leaf first, with summed weight (in `unit`) and hit count. */
  stacks: WeightedStack[];
  /** What the weights measure, e.g. cpu. */
  sampleType: string;
  /** Unit of the weights, e.g. nanoseconds. */
  unit: string;
  /** Sampling period in `unit`, 0 when unknown. */
  periodNs: number;
  /** Span start, unix ns. */
  startNs: bigint;
  durationNs: bigint;
  /** Shown by every tool: the span and how its samples were matched. */
  name: string;
  /** trace_id, span_id, tier, scope and the Kubernetes context, as key/value pairs. */
  context: [string, string][];
}
