/**
 * What a value must be to be written to its column, checked while a request is normalized and
 * before its rows join a batch that other requests share: the store is never the validator, so
 * one client's bad value cannot fail another client's insert. Each rule is written once, here;
 * the README's OTLP section lists them.
 */

/**
 * Earliest time written: 2001-09-09T01:46:40Z (10^18 ns). DateTime64(9) holds 1900 to 2262, but
 * it reads a time sent as text by its digits, and the shorter texts of earlier times (`0`,
 * `86400000000000`) are read as other formats or overflow; retention (TRACEPROF_TTL_DAYS at most
 * ten years) rejects such times anyway.
 */
export const MIN_TIME_NS = 1_000_000_000_000_000_000n;
/** Latest time DateTime64(9) holds: 2262-04-11T23:47:16.854775807Z (2^63 - 1 ns). */
export const MAX_TIME_NS = 9_223_372_036_854_775_807n;

/** Why a time cannot be written to a DateTime64(9) column, or undefined. */
export function timeProblem(ns: bigint, field: string): string | undefined {
  if (ns < MIN_TIME_NS || ns > MAX_TIME_NS) {
    return `${field} ${ns} is outside the times the store holds (2001-09-09 to 2262-04-11, in ns since 1970)`;
  }
  return undefined;
}

/** The span of times a request's items may have: retention behind, plausibility ahead. */
export interface TimeWindow {
  minNs: bigint;
  maxNs: bigint;
}

/** How far ahead of the server's clock an item may be (clock skew, batching delays). */
export const FUTURE_LEEWAY_NS = 24n * 3600n * 1_000_000_000n;

/** The window at `nowMs` for a store that keeps `ttlDays` days. */
export function retentionWindow(nowMs: number, ttlDays: number): TimeWindow {
  const now = BigInt(Math.trunc(nowMs)) * 1_000_000n;
  const min = now - BigInt(ttlDays) * 86_400n * 1_000_000_000n;
  return {
    minNs: min > MIN_TIME_NS ? min : MIN_TIME_NS,
    maxNs: now + FUTURE_LEEWAY_NS < MAX_TIME_NS ? now + FUTURE_LEEWAY_NS : MAX_TIME_NS,
  };
}

/** The widest window: the store's own limits, for callers that apply no retention. */
export const storeTimeWindow: TimeWindow = { minNs: MIN_TIME_NS, maxNs: MAX_TIME_NS };

/** Why an item's time falls outside the window, or undefined. */
export function windowProblem(ns: bigint, field: string, window: TimeWindow): string | undefined {
  const range = timeProblem(ns, field);
  if (range) return range;
  if (ns < window.minNs) {
    return `${field} is older than the store keeps (${new Date(Number(window.minNs / 1_000_000n)).toISOString()})`;
  }
  if (ns > window.maxNs) return `${field} is more than a day ahead of the server's clock`;
  return undefined;
}

/**
 * Why a weight cannot be written to an Int64 column, or undefined: it must be a whole number a
 * double holds exactly (|v| < 2^53), since weights are computed as JavaScript numbers.
 */
export function int64Problem(value: number, field: string): string | undefined {
  return Number.isSafeInteger(value)
    ? undefined
    : `${field} ${value} is not a whole number below 2^53 in size`;
}

/**
 * A string as valid Unicode: lone UTF-16 surrogates (from OTLP/JSON `\ud800` escapes, or
 * malformed UTF-8 in protobuf) become U+FFFD, as the OpenTelemetry Collector replaces invalid
 * UTF-8. The engine refuses a lone surrogate in JSON input.
 */
export function validString(text: string): string {
  return text.isWellFormed() ? text : text.toWellFormed();
}

/** Largest value of a UInt32 column (line numbers, pids, thread ids). */
export const MAX_UINT32 = 4_294_967_295;

/** A source line as its UInt32 column holds it: 0 (unknown) when negative or too large. */
export function lineNumber(value: bigint): number {
  return value < 0n || value > BigInt(MAX_UINT32) ? 0 : Number(value);
}
