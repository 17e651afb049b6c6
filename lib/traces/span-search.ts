import type { CorrelationTier } from '../correlation/correlation-tier';

/** Filters of the slow-span explorer; every field is optional except the time range. */
export interface SpanSearch {
  /** Unix ms, inclusive. */
  fromMs: number;
  toMs: number;
  service?: string | undefined;
  operation?: string | undefined;
  minDurationMs?: number | undefined;
  namespace?: string | undefined;
  deployment?: string | undefined;
  pod?: string | undefined;
  /** `key=value` on span or resource attributes. */
  attribute?: { key: string; value: string } | undefined;
  /** Whose samples are counted; defaultSampleType when not given. */
  sampleType?: string | undefined;
  limit: number;
}

/** One row of the explorer: a span and how many profile samples it has, by its best tier. */
export interface SpanSummary {
  traceId: string;
  spanId: string;
  service: string;
  name: string;
  /** Unix ns, decimal string. */
  startNs: string;
  /** ns, decimal string. */
  durationNs: string;
  statusCode: string;
  pod: string;
  namespace: string;
  /** Sample hits of the most certain tier with samples. */
  samples: number;
  tier: CorrelationTier | 'none';
}
