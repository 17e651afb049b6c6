/**
 * OTLP/JSON to the protobufjs message shapes (see messages.ts). The OTLP JSON mapping differs from
 * proto3's canonical JSON in two ways handled here: trace and span ids are hex, not base64, and
 * enums are integers (names are accepted too). 64-bit numbers may be strings or numbers and
 * unknown fields are ignored; protobufjs's fromObject already does both.
 */
import type protobuf from 'protobufjs';
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

/**
 * Rewrites an ExportProfilesServiceRequest in OTLP/JSON for fromObject. A link with a malformed id
 * becomes a one-byte id, which the normalizer rejects for every profile that uses that link.
 */
export function otlpJsonProfilesToObject(json: Json): Json {
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

/** fromObject with its TypeErrors turned into an OtlpJsonError naming the bad field. */
export function jsonObjectToMessage(type: protobuf.Type, object: Json): protobuf.Message {
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
