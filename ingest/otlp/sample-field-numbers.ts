/**
 * OTLP profiles 1.10 (opentelemetry-proto v1.10.0) renumbered `Sample`: before it, `values` = 2,
 * `attribute_indices` = 3 and `link_index` = 4; since, `attribute_indices` = 2, `link_index` = 3
 * and `values` = 4. Both are valid protobuf, so a sender of the old numbering (Collectors before
 * v0.148) is misread rather than refused by a decoder of the new one. This reads the wire
 * format down to the samples before decoding and tells which numbering a request uses, from the
 * first field that differs in wire type: field 3 as length-delimited (packed attribute indices)
 * is the old numbering, as a varint (link index) the new; field 4 as length-delimited (packed
 * values) is the new one. A request whose samples carry neither (no attributes, link index 0)
 * cannot be told and is read as 1.10.
 */

const VARINT = 0;
const I64 = 1;
const LEN = 2;
const I32 = 5;

/** The path of the first sample in the old numbering, or undefined. */
export function oldSampleNumbering(body: Uint8Array): string | undefined {
  try {
    return scan(body);
  } catch {
    // Not protobuf we can walk: the decoder says what is wrong with it.
    return undefined;
  }
}

type Verdict = 'old' | 'new' | undefined;

function scan(body: Uint8Array): string | undefined {
  let ri = 0;
  for (const rp of fields(body, 0, body.length)) {
    if (rp.field !== 1 || rp.wire !== LEN) continue;
    let si = 0;
    for (const sp of fields(body, rp.start, rp.end)) {
      if (sp.field !== 2 || sp.wire !== LEN) continue;
      let pi = 0;
      for (const p of fields(body, sp.start, sp.end)) {
        if (p.field !== 2 || p.wire !== LEN) continue;
        let i = 0;
        for (const s of fields(body, p.start, p.end)) {
          if (s.field !== 2 || s.wire !== LEN) continue;
          const verdict = sampleVerdict(body, s.start, s.end);
          if (verdict === 'new') return undefined;
          if (verdict === 'old')
            return `resource_profiles[${ri}].scope_profiles[${si}].profiles[${pi}].samples[${i}]`;
          i++;
        }
        pi++;
      }
      si++;
    }
    ri++;
  }
  return undefined;
}

function sampleVerdict(body: Uint8Array, start: number, end: number): Verdict {
  for (const f of fields(body, start, end)) {
    if (f.field === 3) return f.wire === LEN ? 'old' : 'new';
    if (f.field === 4 && f.wire === LEN) return 'new';
  }
  return undefined;
}

interface Field {
  field: number;
  wire: number;
  /** For length-delimited fields, where the value's bytes start and end. */
  start: number;
  end: number;
}

/** The fields of the message in body[start, end), in order. Throws on malformed bytes. */
function* fields(body: Uint8Array, start: number, end: number): Generator<Field> {
  let pos = start;
  while (pos < end) {
    const [tag, afterTag] = varint(body, pos);
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    pos = afterTag;
    if (wire === VARINT) {
      pos = varint(body, pos)[1];
      yield { field, wire, start: pos, end: pos };
    } else if (wire === LEN) {
      const [length, afterLength] = varint(body, pos);
      const valueEnd = afterLength + length;
      if (valueEnd > end) throw new RangeError('length past the end of its message');
      yield { field, wire, start: afterLength, end: valueEnd };
      pos = valueEnd;
    } else if (wire === I64) {
      pos += 8;
      yield { field, wire, start: pos, end: pos };
    } else if (wire === I32) {
      pos += 4;
      yield { field, wire, start: pos, end: pos };
    } else {
      throw new RangeError(`wire type ${wire}`);
    }
    if (pos > end) throw new RangeError('field past the end of its message');
  }
}

/** A varint at `pos` (up to 2^53, enough for tags and lengths) and the position after it. */
function varint(body: Uint8Array, pos: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= body.length) throw new RangeError('varint past the end');
    const b = body[pos++] as number;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, pos];
    scale *= 128;
  }
  throw new RangeError('varint too long');
}
