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
  /** Substrings of the span's (or its process's learned) Kubernetes placement. */
  pod?: string | undefined;
  /** Only spans whose status is Error. */
  errorsOnly?: boolean | undefined;
  /** `key=value` on span or resource attributes. */
  attribute?: { key: string; value: string } | undefined;
  /** Whose samples are counted; the on-CPU samples when not given (sample-kinds.ts). */
  sampleType?: string | undefined;
  limit: number;
}
