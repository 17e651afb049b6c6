/**
 * OTLP/JSON to the generated message types (otlp-wire.ts). The OTLP JSON mapping differs from
 * proto3's canonical JSON in two ways handled here: trace and span ids are hex, not base64, and
 * enums are integers (names are accepted too). 64-bit numbers may be strings or numbers and
 * unknown fields are ignored; protobufjs's fromObject already does both.
 */
import { hexToId } from './hex-id';
import { Rejections } from './rejections';

type Json = Record<string, unknown>;

const spanKinds: Record<string, number> = {
  SPAN_KIND_UNSPECIFIED: 0,
  SPAN_KIND_INTERNAL: 1,
  SPAN_KIND_SERVER: 2,
  SPAN_KIND_CLIENT: 3,
  SPAN_KIND_PRODUCER: 4,
  SPAN_KIND_CONSUMER: 5,
};
const statusCodes: Record<string, number> = {
  STATUS_CODE_UNSET: 0,
  STATUS_CODE_OK: 1,
  STATUS_CODE_ERROR: 2,
};

/**
 * 64-bit fields of the OTLP messages ingest reads, by their JSON name: unsigned (fixed64, uint64)
 * or signed (int64). protobufjs reads their text loosely (`"1e3x"` as 1, `"abc"` as 0, digits past
 * 2^64 wrapped, `"1-2"` a failure of the whole request), so each is checked here first.
 */
const unsigned64 = new Set([
  'startTimeUnixNano',
  'endTimeUnixNano',
  'timeUnixNano',
  'timestampsUnixNano',
  'durationNano',
  'address',
  'memoryStart',
  'memoryLimit',
  'fileOffset',
]);
const signed64 = new Set(['values', 'period', 'intValue', 'line', 'column']);
/** Fields whose bad value is replaced by one the column rules refuse, so the item is counted. */
const weights = new Set(['values', 'period']);
const maxUnsigned = (1n << 64n) - 1n;
const minSigned = -(1n << 63n);
const maxSigned = (1n << 63n) - 1n;
/** What a bad weight becomes: beyond 2^53, which the weight rule refuses, naming the field. */
const refusedWeight = String(maxSigned);

/** The value as exact decimal text if it is an integer in range, else undefined. */
function integerText(value: unknown, signed: boolean): string | undefined {
  let n: bigint;
  if (typeof value === 'number') {
    // A JSON number past 2^53 has already lost its last digits; it is taken as the double it is.
    if (!Number.isInteger(value)) return undefined;
    n = BigInt(value);
  } else if (typeof value === 'string' && /^-?\d{1,20}$/.test(value)) {
    n = BigInt(value);
  } else return undefined;
  const ok = signed ? n >= minSigned && n <= maxSigned : n >= 0n && n <= maxUnsigned;
  return ok ? n.toString() : undefined;
}

/**
 * Puts every 64-bit field's value in exact decimal text; one that is not an integer of its type
 * becomes a value the column rules refuse, so its item is dropped and counted with the field
 * named, not read as some other number: times and other unsigned fields 0 (before any time the
 * store holds), weights a value beyond 2^53; other signed fields (attributes' intValue, lines)
 * 0. An attribute's bytesValue that is not base64 is kept as its text (a stringValue).
 */
function normalizeJsonNumbers(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) normalizeJsonNumbers(item);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const isUnsigned = unsigned64.has(key);
    if (isUnsigned || signed64.has(key)) {
      // ArrayValue also has `values` (of AnyValues): objects are walked, not read as numbers.
      const fix = (v: unknown): unknown => {
        if (isObject(v)) {
          normalizeJsonNumbers(v);
          return v;
        }
        return integerText(v, !isUnsigned) ?? (weights.has(key) ? refusedWeight : '0');
      };
      if (Array.isArray(value)) node[key] = value.map(fix);
      else if (value !== undefined && value !== null) node[key] = fix(value);
    } else if (key === 'bytesValue' && typeof value === 'string' && !isBase64(value)) {
      delete node.bytesValue;
      node.stringValue = value;
    } else normalizeJsonNumbers(value);
  }
}

function isBase64(text: string): boolean {
  return /^[A-Za-z0-9+/_-]*={0,2}$/.test(text) && text.replace(/=+$/, '').length % 4 !== 1;
}

/** Thrown when a body is not OTLP/JSON at all; the transport answers 400 / INVALID_ARGUMENT. */
export class OtlpJsonError extends Error {}

export function parseJsonBody(body: Uint8Array): Json {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8'));
  } catch (e) {
    throw new OtlpJsonError(`body is not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(parsed)) throw new OtlpJsonError('body is not a JSON object');
  return parsed;
}

/** Rewrites an ExportTraceServiceRequest in OTLP/JSON for fromObject, dropping spans with bad ids. */
export function otlpJsonTracesToObject(json: Json): { object: Json; rejected: Rejections } {
  const rejected = new Rejections();
  for (const rs of arrayAt(json, 'resourceSpans')) {
    for (const ss of arrayAt(rs, 'scopeSpans')) {
      const spans = arrayAt(ss, 'spans');
      ss.spans = spans.filter((span, i) => {
        const problem = convertSpanIds(span);
        if (problem) rejected.reject(`span ${i} (${describeSpan(span)}): ${problem}`);
        return problem === undefined;
      });
    }
  }
  normalizeJsonNumbers(json);
  return { object: json, rejected };
}

function convertSpanIds(span: Json): string | undefined {
  const ids: [string, number, boolean][] = [
    ['traceId', 16, true],
    ['spanId', 8, true],
    ['parentSpanId', 8, false],
  ];
  for (const [field, bytes, required] of ids) {
    const raw = span[field];
    if ((raw === undefined || raw === '') && !required) {
      span[field] = undefined; // fromObject treats undefined as absent
      continue;
    }
    const id = hexToId(raw, bytes);
    if (!id) return `${field} must be ${bytes * 2} hex characters, got ${JSON.stringify(raw)}`;
    span[field] = id;
  }
  for (const [field, value] of spanTimes(span)) {
    if (integerText(value, false) === undefined) {
      return `${field} must be a whole number of ns since 1970 below 2^64, got ${JSON.stringify(value)}`;
    }
  }
  if (typeof span.kind === 'string') span.kind = spanKinds[span.kind] ?? 0;
  const status = span.status;
  if (isObject(status) && typeof status.code === 'string')
    status.code = statusCodes[status.code] ?? 0;
  for (const [i, link] of arrayAt(span, 'links').entries()) {
    const traceId = hexToId(link.traceId, 16);
    const spanId = hexToId(link.spanId, 8);
    if (!traceId || !spanId) return `links[${i}] has an id that is not hex of the right length`;
    link.traceId = traceId;
    link.spanId = spanId;
  }
  return undefined;
}

/** A span's times and its events', with their JSON names. */
function spanTimes(span: Json): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const field of ['startTimeUnixNano', 'endTimeUnixNano']) {
    if (span[field] !== undefined) out.push([field, span[field]]);
  }
  for (const [i, event] of arrayAt(span, 'events').entries()) {
    if (event.timeUnixNano !== undefined)
      out.push([`events[${i}].timeUnixNano`, event.timeUnixNano]);
  }
  return out;
}

/**
 * Rewrites an ExportProfilesServiceRequest in OTLP/JSON for fromObject. A link with a malformed id
 * becomes a one-byte id, which the normalizer rejects for every profile that uses that link.
 */
export function otlpJsonProfilesToObject(json: Json): Json {
  normalizeJsonNumbers(json);
  const dictionary = json.dictionary;
  if (isObject(dictionary)) {
    for (const link of arrayAt(dictionary, 'linkTable')) {
      for (const [field, bytes] of [
        ['traceId', 16],
        ['spanId', 8],
      ] as const) {
        const raw = link[field];
        if (raw === undefined || raw === '') continue;
        link[field] = hexToId(raw, bytes) ?? new Uint8Array(1);
      }
    }
  }
  for (const rp of arrayAt(json, 'resourceProfiles')) {
    for (const sp of arrayAt(rp, 'scopeProfiles')) {
      for (const profile of arrayAt(sp, 'profiles')) {
        // The Collector writes profileId as hex in JSON; a malformed one is not worth a rejection.
        if (typeof profile.profileId === 'string') {
          profile.profileId = hexToId(profile.profileId, 16) ?? new Uint8Array(0);
        }
      }
    }
  }
  return json;
}

/** A generated message class: it builds its message from a plain object. */
interface FromObject<M> {
  readonly name: string;
  fromObject(object: Json): M;
}

/** fromObject with its TypeErrors turned into an OtlpJsonError naming the bad field. */
export function jsonObjectToMessage<M>(type: FromObject<M>, object: Json): M {
  try {
    return type.fromObject(object);
  } catch (e) {
    throw new OtlpJsonError(`not an OTLP ${type.name}: ${(e as Error).message}`);
  }
}

function arrayAt(obj: Json, key: string): Json[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new OtlpJsonError(`${key} must be an array`);
  return value.filter(isObject);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeSpan(span: Json): string {
  return typeof span.name === 'string' ? JSON.stringify(span.name) : 'unnamed';
}
