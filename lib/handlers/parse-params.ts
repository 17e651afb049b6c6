import { spanIdPattern, traceIdPattern } from '../traces/trace-ids';
import type { SpanSlice } from '../correlation/tier-samples-source';
import { BadRequest } from './api-result';

export function traceIdParam(value: string | null | undefined): string {
  if (!value || !traceIdPattern.test(value)) {
    throw new BadRequest(`trace id must be 32 hex characters, got ${JSON.stringify(value ?? '')}`);
  }
  return value.toLowerCase();
}

export function spanIdParam(value: string | null | undefined, name = 'span id'): string {
  if (!value || !spanIdPattern.test(value)) {
    throw new BadRequest(`${name} must be 16 hex characters, got ${JSON.stringify(value ?? '')}`);
  }
  return value.toLowerCase();
}

export function optionalString(
  params: URLSearchParams,
  name: string,
  maxLength = 512,
): string | undefined {
  const v = params.get(name);
  if (v === null || v === '') return undefined;
  if (v.length > maxLength) throw new BadRequest(`${name} is longer than ${maxLength} characters`);
  return v;
}

export function optionalNumber(
  params: URLSearchParams,
  name: string,
  { min, max }: { min: number; max: number },
): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new BadRequest(
      `${name} must be a number between ${min} and ${max}, got ${JSON.stringify(raw)}`,
    );
  }
  return n;
}

export function oneOf<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new BadRequest(
      `${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`,
    );
  }
  return raw as T;
}

/**
 * A time as unix milliseconds: digits, or an ISO date. `from`/`to` in the API and the URL.
 */
export function timeParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  if (!Number.isFinite(n))
    throw new BadRequest(
      `${name} must be unix milliseconds or an ISO date, got ${JSON.stringify(raw)}`,
    );
  return n;
}

/** A yes/no switch: `1` or `true` is on, absent or `0`/`false` off, anything else a 400. */
export function optionalFlag(params: URLSearchParams, name: string): boolean {
  const raw = params.get(name);
  if (raw === null || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new BadRequest(`${name} must be 1 or 0, got ${JSON.stringify(raw)}`);
}

/** A time offset in whole nanoseconds (digits only), up to 2^53 − 1. */
export function offsetNsParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n)) {
    throw new BadRequest(
      `${name} must be whole nanoseconds from the span's start (0 to ${Number.MAX_SAFE_INTEGER}), got ${JSON.stringify(raw)}`,
    );
  }
  return n;
}

/** `from`/`to`: a slice of a span's time in ns from its start; either end may be left out. */
export function sliceParams(params: URLSearchParams): SpanSlice | undefined {
  const fromNs = offsetNsParam(params, 'from');
  const toNs = offsetNsParam(params, 'to');
  if (fromNs === undefined && toNs === undefined) return undefined;
  if (fromNs !== undefined && toNs !== undefined && fromNs > toNs) {
    throw new BadRequest('from must not be after to');
  }
  return { fromNs, toNs };
}
