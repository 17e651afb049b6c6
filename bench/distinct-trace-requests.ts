import protobuf from 'protobufjs';
import { bytesOf, idToHex } from '@/ingest/otlp/hex-id';
import { otlpTypes } from '@/ingest/otlp/otlp-wire';

/**
 * A few encoded requests are sent over and over; each one sent gets span ids of its own, so the
 * server stores every request (it may skip a request it has stored already) and a stored span
 * names the request it came in: `b7`, a byte for the phase, the request index (4 bytes,
 * big-endian), the span's position in its request (2 bytes).
 */
const phaseBytes = { traces: 0x0e, overload: 0x0f } as const;
export type IdPhase = keyof typeof phaseBytes;

/** The hex every span id of the phase starts with. */
export function idPrefixHex(phase: IdPhase): string {
  return `b7${phaseBytes[phase].toString(16).padStart(2, '0')}`;
}

/** One encoded trace request, with where each span's id (as span or parent) sits in it. */
export interface SpanIdTemplate {
  body: Buffer;
  spans: number;
  /** Pairs of (byte offset of an 8-byte id, position of the span that id names). */
  idOffsets: Int32Array;
}

/** Byte ranges of the length-delimited field `field` directly inside [start, end) of `buf`. */
function fieldRanges(
  buf: Uint8Array,
  start: number,
  end: number,
  field: number,
): { start: number; end: number }[] {
  const reader = protobuf.Reader.create(buf);
  reader.pos = start;
  const out: { start: number; end: number }[] = [];
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === field && (tag & 7) === 2) {
      const length = reader.uint32();
      out.push({ start: reader.pos, end: reader.pos + length });
      reader.skip(length);
    } else {
      reader.skipType(tag & 7);
    }
  }
  return out;
}

/**
 * Finds the span_id (field 2) and parent_span_id (field 4) bytes of every span of an
 * ExportTraceServiceRequest (resource_spans 1 > scope_spans 2 > spans 2) without decoding it.
 */
function spanIdTemplate(body: Buffer): SpanIdTemplate {
  const spans = fieldRanges(body, 0, body.length, 1)
    .flatMap((rs) => fieldRanges(body, rs.start, rs.end, 2))
    .flatMap((ss) => fieldRanges(body, ss.start, ss.end, 2));
  const position = new Map<string, number>();
  const own = spans.map((s, k) => {
    const [id] = fieldRanges(body, s.start, s.end, 2);
    if (!id || id.end - id.start !== 8) throw new Error(`span ${k} has no 8-byte span id`);
    position.set(body.subarray(id.start, id.end).toString('hex'), k);
    return id.start;
  });
  const offsets: number[] = [];
  spans.forEach((s, k) => {
    offsets.push(own[k] ?? 0, k);
    const [parent] = fieldRanges(body, s.start, s.end, 4);
    if (!parent || parent.end === parent.start) return;
    const of = position.get(body.subarray(parent.start, parent.end).toString('hex'));
    if (of !== undefined) offsets.push(parent.start, of);
  });
  return { body, spans: spans.length, idOffsets: Int32Array.from(offsets) };
}

/** The 8-byte id of span `position` of the phase's request `index`. */
export function distinctSpanId(phase: IdPhase, index: number, position: number): Buffer {
  const id = Buffer.alloc(8);
  id[0] = 0xb7;
  id[1] = phaseBytes[phase];
  id.writeUInt32BE(index >>> 0, 2);
  id.writeUInt16BE(position, 6);
  return id;
}

/** The template's request with every span id (and parent link) rewritten for request `index`. */
export function distinctRequestBody(
  template: SpanIdTemplate,
  phase: IdPhase,
  index: number,
): Buffer {
  const body = Buffer.from(template.body);
  const o = template.idOffsets;
  for (let i = 0; i < o.length; i += 2) {
    distinctSpanId(phase, index, o[i + 1] ?? 0).copy(body, o[i] ?? 0);
  }
  return body;
}

/** The request index a stored SpanId (hex) names, or undefined for a span of another phase. */
export function requestOfSpanId(hex: string, phase: IdPhase): number | undefined {
  if (hex.length !== 16 || !hex.startsWith(idPrefixHex(phase))) return undefined;
  return Number.parseInt(hex.slice(4, 12), 16);
}

/** Checks one rewritten request: distinct ids naming its index, parents among them. */
function checkRewrite(template: SpanIdTemplate, index: number): void {
  const decoded = otlpTypes.traceRequest.decode(distinctRequestBody(template, 'overload', index));
  const spans = decoded.resourceSpans.flatMap((r) =>
    (r.scopeSpans ?? []).flatMap((s) => s.spans ?? []),
  );
  const ids = new Set(spans.map((s) => idToHex(s.spanId)));
  const wrong = spans.filter(
    (s) =>
      requestOfSpanId(idToHex(s.spanId), 'overload') !== index ||
      (bytesOf(s.parentSpanId).length > 0 && !ids.has(idToHex(s.parentSpanId))),
  );
  if (ids.size !== template.spans || spans.length !== template.spans || wrong.length > 0) {
    throw new Error(`trace request ${index}: span ids not rewritten as planned`);
  }
}

/** Templates of encoded trace requests, each checked once after a rewrite. */
export function spanIdTemplates(bodies: readonly Buffer[]): SpanIdTemplate[] {
  const templates = bodies.map(spanIdTemplate);
  templates.forEach((t, i) => {
    checkRewrite(t, i);
  });
  return templates;
}
