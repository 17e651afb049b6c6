// Over 300 lines: one corpus, a case per bad value, read top to bottom beside the README rules.
/**
 * A corpus of bad values for every kind of column ingest writes, each with the rule that must
 * catch it (ingest/rows/column-rules.ts, the OTLP/JSON decoder, the normalizers) and what that
 * rule does: drop the item and count it in partial_success naming the field, or store the value
 * made valid. Every case is one request: its bad items between good ones.
 */
import { randomBytes } from 'node:crypto';
import { otlpTypes } from '../../ingest/otlp/otlp-root';
import type { ProfileSpec, ProfilesRequestBuilder, SampleSpec } from './profiles-request-builder';

export type Plain = Record<string, unknown>;
export type Encoding = 'protobuf' | 'json';
export type Signal = 'traces' | 'profiles';

/** Days the store keeps, and so the retention the server applies at the door. */
export const retentionDays = 7;

const ms = 1_000_000n;
const day = 86_400_000n * ms;
const maxFixed64 = 2n ** 64n - 1n;
/** The first nanosecond DateTime64(9) cannot hold: 2262-04-11T23:47:16.854775808Z. */
const past2262 = 2n ** 63n;
const both: readonly Encoding[] = ['protobuf', 'json'];
const jsonOnly: readonly Encoding[] = ['json'];
const protobufOnly: readonly Encoding[] = ['protobuf'];

export const nowNs = (): bigint => BigInt(Date.now()) * ms;
const id = (bytes: number): Uint8Array => Uint8Array.from(randomBytes(bytes));

/** What the server must do with the bad items of a case. */
export type Expected =
  /** Each bad item dropped and counted; every pattern matches partial_success's message. */
  | { kind: 'rejected'; count: number; fields: readonly RegExp[] }
  /** Full success, the bad items stored; `sql` (parameter {tag:String}) reads back `rows`. */
  | { kind: 'stored'; sql: string; rows: readonly Plain[] };

/**
 * Bytes to put into an encoded request where no encoder would write them (invalid UTF-8): the
 * one occurrence of `after` followed by as many `~` as there are bytes gets its `~` replaced.
 */
export interface BytePatch {
  after: string;
  bytes: readonly number[];
}

interface CaseBase {
  what: string;
  /** The rule the case exercises, in the words of the README's OTLP section. */
  rule: string;
  encodings: readonly Encoding[];
  patches?: readonly BytePatch[];
  expected(tag: string): Expected;
}

export interface TraceCase extends CaseBase {
  /** The bad spans, named `${tag}-bad-${i}` unless the name is the bad value. */
  bad(tag: string): { spans: Plain[]; resource?: Plain[]; scope?: Plain };
}

export interface ProfileCase extends CaseBase {
  /** The bad profiles; their samples carry the attribute case = `${tag}-bad-${i}`. */
  bad(b: ProfilesRequestBuilder, tag: string): ProfileSpec[];
  resource?(tag: string): Record<string, string | number>;
  /** Changes what the builder cannot say, in the request object and its bad profiles. */
  edit?(request: Plain, bad: Plain[]): void;
}

export const kv = (key: string, value: string): Plain => ({ key, value: { stringValue: value } });

/** A span as protobufjs's plain object (ids as bytes), starting now and lasting a millisecond. */
export function span(name: string, fields: Plain = {}): Plain {
  const start = nowNs();
  return {
    traceId: id(16),
    spanId: id(8),
    name,
    kind: 2,
    startTimeUnixNano: start.toString(),
    endTimeUnixNano: (start + ms).toString(),
    ...fields,
  };
}

export function traceRequest(spans: Plain[], resource: Plain[], scope: Plain): Plain {
  return {
    resourceSpans: [{ resource: { attributes: resource }, scopeSpans: [{ scope, spans }] }],
  };
}

/** An on-CPU profile of two hits, now, whose sample carries the attribute case = `name`. */
export function hitsProfile(
  b: ProfilesRequestBuilder,
  name: string,
  sample: Partial<SampleSpec> = {},
  profile: Partial<ProfileSpec> = {},
): ProfileSpec {
  const now = nowNs();
  const stack = b.stack([b.location({ lines: [{ fn: b.fn(`${name}-fn`), line: 7 }] })]);
  return {
    sampleType: ['samples', 'count'],
    periodType: ['cpu', 'nanoseconds'],
    period: 50_000_000,
    timeNs: now,
    ...profile,
    samples: [
      {
        stack,
        attributes: [b.attr('case', name)],
        timestampsNs: [now, now + 50n * ms],
        ...sample,
      },
    ],
  };
}

/** A request object in the wire encoding: binary protobuf, or OTLP/JSON (hex ids). */
export function encodeRequest(signal: Signal, encoding: Encoding, object: Plain): Uint8Array {
  if (encoding === 'json') {
    return Buffer.from(
      JSON.stringify(object, (_k, v: unknown) =>
        v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
      ),
    );
  }
  const type = signal === 'traces' ? otlpTypes.traceRequest : otlpTypes.profilesRequest;
  return type.encode(type.fromObject(object)).finish();
}

/** The body with each patch applied; a placeholder missing or found twice is a broken case. */
export function applyPatches(body: Uint8Array, patches: readonly BytePatch[]): Uint8Array {
  const out = Buffer.from(body);
  for (const p of patches) {
    const needle = Buffer.from(p.after + '~'.repeat(p.bytes.length));
    const at = out.indexOf(needle);
    if (at < 0 || out.indexOf(needle, at + 1) >= 0) {
      throw new Error(`placeholder ${p.after} must occur exactly once in the encoded request`);
    }
    Buffer.from(p.bytes).copy(out, at + Buffer.byteLength(p.after));
  }
  return out;
}

const rejected = (fields: RegExp | readonly RegExp[], count = 1): Expected => ({
  kind: 'rejected',
  count,
  fields: fields instanceof RegExp ? [fields] : fields,
});

const badName = (tag: string, i = 0): string => `${tag}-bad-${i}`;
/** One bad span with these fields. */
const oneSpan =
  (fields: () => Plain) =>
  (tag: string): { spans: Plain[] } => ({ spans: [span(badName(tag), fields())] });
const times = (startNs: bigint, endNs: bigint): Plain => ({
  startTimeUnixNano: startNs.toString(),
  endTimeUnixNano: endNs.toString(),
});
const event = (timeUnixNano: unknown): Plain => ({
  events: [{ timeUnixNano, name: 'e', attributes: [] }],
});

/** Reads one row of the bad span `${tag}-bad-0`. */
const badSpanSql = (columns: string): string =>
  `SELECT ${columns} FROM otel_traces WHERE SpanName = concat({tag:String}, '-bad-0')`;

const outside = (field: string, value: string): RegExp =>
  new RegExp(`${field} ${value} is outside the times the store holds`);

const timeRule = 'times lie between 2001-09-09 and 2262-04-11 (DateTime64(9))';
const retentionRule = "a span's start and every profile hit lie inside the retention";
const aheadRule = 'a span start and every profile hit are at most a day ahead of the clock';
const idRule = 'a malformed id drops its item';
const unicodeRule = 'invalid Unicode is repaired with U+FFFD';
/** A span time in OTLP/JSON that is not a whole number of its type, named with its text. */
const notJsonTime = (field: string, raw: string): RegExp =>
  new RegExp(
    `${field} must be a whole number of ns since 1970 below 2\\^64, got ${raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
  );
const jsonTimeRule = 'a time in OTLP/JSON is a whole number of ns below 2^64';

export const traceCases: readonly TraceCase[] = [
  // Span start and end times.
  {
    what: 'a span start of 0',
    rule: timeRule,
    encodings: both,
    bad: oneSpan(() => times(0n, 1n)),
    expected: () => rejected(outside('start_time_unix_nano', '0')),
  },
  {
    what: 'a span start one second after 1970',
    rule: timeRule,
    encodings: both,
    bad: oneSpan(() => times(10n ** 9n, 10n ** 9n + 1n)),
    expected: () => rejected(outside('start_time_unix_nano', '1000000000')),
  },
  {
    what: 'a span start of the largest fixed64, 18446744073709551615',
    rule: timeRule,
    encodings: both,
    bad: oneSpan(() => times(maxFixed64, maxFixed64)),
    expected: () => rejected(outside('start_time_unix_nano', String(maxFixed64))),
  },
  {
    what: 'a span start past 2262 (2^63 ns)',
    rule: timeRule,
    encodings: both,
    bad: oneSpan(() => times(past2262, past2262 + 1n)),
    expected: () => rejected(outside('start_time_unix_nano', String(past2262))),
  },
  {
    what: 'a span end past 2262 (2^63 ns)',
    rule: timeRule,
    encodings: both,
    bad: oneSpan(() => times(nowNs(), past2262)),
    expected: () => rejected(outside('end_time_unix_nano', String(past2262))),
  },
  {
    what: 'a span end of the largest fixed64',
    rule: timeRule,
    encodings: both,
    bad: oneSpan(() => times(nowNs(), maxFixed64)),
    expected: () => rejected(outside('end_time_unix_nano', String(maxFixed64))),
  },
  {
    what: 'a span that ends before it starts',
    rule: 'a span may not end before it starts',
    encodings: both,
    bad: oneSpan(() => times(nowNs(), nowNs() - ms)),
    expected: () => rejected(/end_time_unix_nano is before start_time_unix_nano/),
  },
  {
    what: 'a span start older than the retention',
    rule: retentionRule,
    encodings: both,
    bad: oneSpan(() => times(nowNs() - BigInt(retentionDays + 1) * day, nowNs())),
    expected: () => rejected(/start_time_unix_nano is older than the store keeps/),
  },
  {
    what: 'a span start two days ahead of the clock',
    rule: aheadRule,
    encodings: both,
    bad: oneSpan(() => times(nowNs() + 2n * day, nowNs() + 2n * day + ms)),
    expected: () => rejected(/start_time_unix_nano is more than a day ahead/),
  },
  {
    what: 'a span start of "-1" in OTLP/JSON',
    rule: jsonTimeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ startTimeUnixNano: '-1' })),
    expected: () => rejected(notJsonTime('startTimeUnixNano', '"-1"')),
  },
  {
    what: 'a span start of -1 as a JSON number',
    rule: timeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ startTimeUnixNano: -1 })),
    expected: () => rejected(notJsonTime('startTimeUnixNano', '-1')),
  },
  {
    what: 'a span start of "abc" in OTLP/JSON',
    rule: jsonTimeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ startTimeUnixNano: 'abc' })),
    expected: () => rejected(notJsonTime('startTimeUnixNano', '"abc"')),
  },
  {
    what: 'a span start of "1e3x" in OTLP/JSON',
    rule: jsonTimeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ startTimeUnixNano: '1e3x' })),
    expected: () => rejected(notJsonTime('startTimeUnixNano', '"1e3x"')),
  },
  {
    what: 'a span start that is a JSON object',
    rule: timeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ startTimeUnixNano: { seconds: 5 } })),
    expected: () => rejected(notJsonTime('startTimeUnixNano', '{"seconds":5}')),
  },
  // Span event times.
  {
    what: 'an event time of 0',
    rule: timeRule,
    encodings: both,
    bad: oneSpan(() => event('0')),
    expected: () => rejected(outside('events\\[0\\]\\.time_unix_nano', '0')),
  },
  {
    what: 'an event time of the largest fixed64',
    rule: timeRule,
    encodings: both,
    bad: oneSpan(() => event(maxFixed64.toString())),
    expected: () => rejected(outside('events\\[0\\]\\.time_unix_nano', String(maxFixed64))),
  },
  {
    what: 'an event time of "abc" in OTLP/JSON',
    rule: timeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => event('abc')),
    expected: () => rejected(notJsonTime('events\\[0\\]\\.timeUnixNano', '"abc"')),
  },
  // Trace, span and parent span ids.
  {
    what: 'a trace id of 15 bytes',
    rule: idRule,
    encodings: both,
    bad: oneSpan(() => ({ traceId: id(15) })),
    expected: () => rejected(/trace_?id must be (16 non-zero bytes|32 hex characters)/i),
  },
  {
    what: 'a trace id of 17 bytes',
    rule: idRule,
    encodings: both,
    bad: oneSpan(() => ({ traceId: id(17) })),
    expected: () => rejected(/trace_?id must be (16 non-zero bytes|32 hex characters)/i),
  },
  {
    what: 'an all-zero trace id',
    rule: idRule,
    encodings: both,
    bad: oneSpan(() => ({ traceId: new Uint8Array(16) })),
    expected: () => rejected(/trace_id must be 16 non-zero bytes/),
  },
  {
    what: 'an empty trace id',
    rule: idRule,
    encodings: both,
    bad: oneSpan(() => ({ traceId: new Uint8Array(0) })),
    expected: () => rejected(/trace_?id must be (16 non-zero bytes|32 hex characters)/i),
  },
  {
    what: 'a span id of 7 bytes',
    rule: idRule,
    encodings: both,
    bad: oneSpan(() => ({ spanId: id(7) })),
    expected: () => rejected(/(?<![a-z_])span_?id must be (8 non-zero bytes|16 hex characters)/i),
  },
  {
    what: 'an all-zero span id',
    rule: idRule,
    encodings: both,
    bad: oneSpan(() => ({ spanId: new Uint8Array(8) })),
    expected: () => rejected(/(?<![a-z_])span_id must be 8 non-zero bytes/),
  },
  {
    what: 'a parent span id of 4 bytes',
    rule: idRule,
    encodings: both,
    bad: oneSpan(() => ({ parentSpanId: id(4) })),
    expected: () => rejected(/parent_?span_?id must be (empty or 8 bytes|16 hex characters)/i),
  },
  {
    what: 'a link with a 15-byte trace id',
    rule: idRule,
    encodings: both,
    bad: oneSpan(() => ({ links: [{ traceId: id(15), spanId: id(8) }] })),
    expected: () => rejected(/links\[0\]/),
  },
  {
    what: 'a trace id that is not hex in OTLP/JSON',
    rule: idRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ traceId: 'zz'.repeat(16) })),
    expected: () => rejected(/traceId must be 32 hex characters, got "z{32}"/),
  },
  {
    what: 'a span id that is not hex in OTLP/JSON',
    rule: idRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ spanId: 'not-hex-at-all!!' })),
    expected: () => rejected(/(?<![a-z])spanId must be 16 hex characters/),
  },
  {
    what: 'a parent span id that is not hex in OTLP/JSON',
    rule: idRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ parentSpanId: 'g'.repeat(16) })),
    expected: () => rejected(/parentSpanId must be 16 hex characters/),
  },
  {
    what: 'a trace id that is a JSON number',
    rule: idRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ traceId: 12345 })),
    expected: () => rejected(/traceId must be 32 hex characters, got 12345/),
  },
  {
    what: 'a link span id that is not hex in OTLP/JSON',
    rule: idRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ links: [{ traceId: id(16), spanId: 'q'.repeat(16) }] })),
    expected: () => rejected(/links\[0\]/),
  },
  {
    what: 'three bad spans of different kinds between the good ones',
    rule: `${timeRule}; ${idRule}; a span may not end before it starts`,
    encodings: both,
    bad: (tag) => ({
      spans: [
        span(badName(tag, 0), times(0n, 1n)),
        span(badName(tag, 1), { traceId: id(3) }),
        span(badName(tag, 2), times(nowNs(), nowNs() - 1n)),
      ],
    }),
    expected: () =>
      rejected(
        [/start_time_unix_nano 0 is outside/, /trace_?id must be/i, /end_time_unix_nano is before/],
        3,
      ),
  },
  // Enums: a value outside the enum is stored as its first value.
  {
    what: 'a span kind and a status code outside their enums',
    rule: 'an unknown enum value is stored as Unspecified / Unset',
    encodings: both,
    bad: oneSpan(() => ({ kind: 99, status: { code: 9, message: 'm' } })),
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql('SpanKind AS kind, StatusCode AS code'),
      rows: [{ kind: 'Unspecified', code: 'Unset' }],
    }),
  },
  {
    what: 'a span kind name that is not in the enum, in OTLP/JSON',
    rule: 'an unknown enum value is stored as Unspecified / Unset',
    encodings: jsonOnly,
    bad: oneSpan(() => ({ kind: 'SPAN_KIND_SIDEWAYS', status: { code: 'STATUS_CODE_MAYBE' } })),
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql('SpanKind AS kind, StatusCode AS code'),
      rows: [{ kind: 'Unspecified', code: 'Unset' }],
    }),
  },
  // Strings: lone UTF-16 surrogates in OTLP/JSON.
  {
    what: 'a lone surrogate \\ud800 in a span name (OTLP/JSON)',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: (tag) => ({ spans: [span(`${tag}-bad-0-\ud800`)] }),
    expected: (tag) => ({
      kind: 'stored',
      sql: "SELECT SpanName AS name FROM otel_traces WHERE startsWith(SpanName, concat({tag:String}, '-bad'))",
      rows: [{ name: `${tag}-bad-0-\uFFFD` }],
    }),
  },
  {
    what: 'a lone surrogate \\udfff in a span attribute key (OTLP/JSON)',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ attributes: [kv('key-\udfff', 'v')] })),
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql('mapKeys(SpanAttributes) AS keys'),
      rows: [{ keys: ['key-\uFFFD'] }],
    }),
  },
  {
    what: 'a lone surrogate \\ud800 in a span attribute value (OTLP/JSON)',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ attributes: [kv('k', 'v-\ud800-v')] })),
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql("SpanAttributes['k'] AS v"),
      rows: [{ v: 'v-\uFFFD-v' }],
    }),
  },
  {
    what: 'a lone surrogate in an array attribute value and a map key inside it (OTLP/JSON)',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({
      attributes: [
        {
          key: 'arr',
          value: {
            arrayValue: {
              values: [
                { stringValue: 'a-\ud800' },
                { kvlistValue: { values: [kv('m-\udc00', 'x')] } },
              ],
            },
          },
        },
      ],
    })),
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql("SpanAttributes['arr'] AS v"),
      rows: [{ v: '["a-\uFFFD",{"m-\uFFFD":"x"}]' }],
    }),
  },
  {
    what: 'a lone surrogate in a resource attribute and in service.name (OTLP/JSON)',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: (tag) => ({
      spans: [span(badName(tag))],
      resource: [kv('service.name', 'svc-\ud800'), kv('host.name', 'host-\udbff')],
    }),
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql("ServiceName AS service, ResourceAttributes['host.name'] AS host"),
      rows: [{ service: 'svc-\uFFFD', host: 'host-\uFFFD' }],
    }),
  },
  {
    what: 'lone surrogates in an event name, a status message and the scope name (OTLP/JSON)',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: (tag) => ({
      spans: [
        span(badName(tag), {
          events: [{ timeUnixNano: nowNs().toString(), name: 'ev-\ud801', attributes: [] }],
          status: { code: 2, message: 'msg-\udc01' },
        }),
      ],
      scope: { name: 'scope-\ud802', version: '1' },
    }),
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql('Events.Name AS events, StatusMessage AS message, ScopeName AS scope'),
      rows: [{ events: ['ev-\uFFFD'], message: 'msg-\uFFFD', scope: 'scope-\uFFFD' }],
    }),
  },
  {
    what: 'a surrogate pair in the wrong order, \\udc00\\ud800 (OTLP/JSON)',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ attributes: [kv('k', '\udc00\ud800')] })),
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql("SpanAttributes['k'] AS v"),
      rows: [{ v: '\uFFFD\uFFFD' }],
    }),
  },
  {
    what: 'raw invalid UTF-8 bytes inside an OTLP/JSON string',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ attributes: [kv('k', 'raw-~~')] })),
    patches: [{ after: 'raw-', bytes: [0xff, 0xfe] }],
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql("SpanAttributes['k'] AS v"),
      rows: [{ v: 'raw-\uFFFD\uFFFD' }],
    }),
  },
  // Strings: invalid UTF-8 in protobuf, decoded leniently and repaired.
  {
    what: 'an invalid UTF-8 byte 0xff in a protobuf span name',
    rule: unicodeRule,
    encodings: protobufOnly,
    bad: (tag) => ({ spans: [span(`${tag}-bad-0-~`)] }),
    patches: [{ after: '-bad-0-', bytes: [0xff] }],
    expected: (tag) => ({
      kind: 'stored',
      sql: "SELECT SpanName AS name FROM otel_traces WHERE startsWith(SpanName, concat({tag:String}, '-bad'))",
      rows: [{ name: `${tag}-bad-0-\uFFFD` }],
    }),
  },
  {
    what: 'an encoded surrogate ED A0 80 in a protobuf attribute value',
    rule: unicodeRule,
    encodings: protobufOnly,
    bad: oneSpan(() => ({ attributes: [kv('k', 'cesu-~~~')] })),
    patches: [{ after: 'cesu-', bytes: [0xed, 0xa0, 0x80] }],
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql("SpanAttributes['k'] AS v"),
      rows: [{ v: 'cesu-\uFFFD\uFFFD\uFFFD' }],
    }),
  },
  {
    what: 'a truncated UTF-8 sequence C3 28 in a protobuf resource attribute and key',
    rule: unicodeRule,
    encodings: protobufOnly,
    bad: (tag) => ({
      spans: [span(badName(tag))],
      resource: [kv('service.name', 'svc-~~'), kv('key-~', 'v')],
    }),
    patches: [
      { after: 'svc-', bytes: [0xc3, 0x28] },
      { after: 'key-', bytes: [0xc3] },
    ],
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql('ServiceName AS service, mapKeys(ResourceAttributes) AS keys'),
      rows: [{ service: 'svc-\uFFFD(', keys: ['service.name', 'key-\uFFFD'] }],
    }),
  },
  // Control characters are valid Unicode and are stored as sent.
  {
    what: 'NUL and other control characters in a span name and attribute',
    rule: 'valid Unicode is stored as sent',
    encodings: both,
    bad: oneSpan(() => ({ attributes: [kv('k', 'a\u0000b\u0001c\u001f\u007f\nd')] })),
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql("SpanAttributes['k'] AS v"),
      rows: [{ v: 'a\u0000b\u0001c\u001f\u007f\nd' }],
    }),
  },
  {
    what: 'a span start of "1-2" in OTLP/JSON',
    rule: jsonTimeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ startTimeUnixNano: '1-2' })),
    expected: () => rejected(notJsonTime('startTimeUnixNano', '"1-2"')),
  },
  {
    what: 'a span start of 2^64 + now in OTLP/JSON (beyond fixed64)',
    rule: timeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ startTimeUnixNano: (2n ** 64n + nowNs()).toString() })),
    expected: () =>
      rejected(/startTimeUnixNano must be a whole number of ns since 1970 below 2\^64/),
  },
  {
    what: 'a span start of digits ending in "x" in OTLP/JSON',
    rule: timeRule,
    encodings: jsonOnly,
    bad: oneSpan(() => ({ startTimeUnixNano: `${nowNs().toString().slice(0, -1)}x` })),
    expected: () =>
      rejected(/startTimeUnixNano must be a whole number of ns since 1970 below 2\^64/),
  },
  {
    what: 'an attribute bytesValue that is not base64 in OTLP/JSON',
    rule: 'an attribute bytesValue that is not base64 is kept as its text',
    encodings: jsonOnly,
    bad: oneSpan(() => ({ attributes: [{ key: 'b', value: { bytesValue: '!!not base64!!' } }] })),
    expected: () => ({
      kind: 'stored',
      sql: badSpanSql("SpanAttributes['b'] AS v"),
      rows: [{ v: '!!not base64!!' }],
    }),
  },
];

const samplesOf = (profile: Plain): Plain[] => profile.samples as Plain[];
const firstSample = (profile: Plain): Plain => samplesOf(profile)[0]!;
const oneProfile =
  (sample: Partial<SampleSpec>, profile: Partial<ProfileSpec> = {}) =>
  (b: ProfilesRequestBuilder, tag: string): ProfileSpec[] => [
    hitsProfile(b, badName(tag), sample, profile),
  ];
const badProfileSql = (columns: string, from = 'profile_samples'): string =>
  `SELECT ${columns} FROM ${from} WHERE SampleAttributes['case'] = concat({tag:String}, '-bad-0') LIMIT 1`;
const badStackSql =
  "SELECT FunctionNames AS names FROM profile_stacks WHERE startsWith(FunctionNames[1], concat({tag:String}, '-bad')) LIMIT 1 BY StackId";
const hits = (field: string, value: string): RegExp => outside(`samples\\[0\\]\\.${field}`, value);
const weightRule = 'profile weights (value × period) are whole numbers below 2^53';

export const profileCases: readonly ProfileCase[] = [
  // Sample timestamps.
  {
    what: 'a hit timestamp of 0',
    rule: timeRule,
    encodings: both,
    bad: oneProfile({ timestampsNs: [0n] }),
    expected: () => rejected(hits('timestamps_unix_nano', '0')),
  },
  {
    what: 'a hit timestamp of the largest fixed64',
    rule: timeRule,
    encodings: both,
    bad: oneProfile({ timestampsNs: [nowNs(), maxFixed64] }),
    expected: () => rejected(hits('timestamps_unix_nano', String(maxFixed64))),
  },
  {
    what: 'a hit timestamp past 2262 (2^63 ns)',
    rule: timeRule,
    encodings: both,
    bad: oneProfile({ timestampsNs: [past2262] }),
    expected: () => rejected(hits('timestamps_unix_nano', String(past2262))),
  },
  {
    what: 'a hit timestamp older than the retention',
    rule: retentionRule,
    encodings: both,
    bad: oneProfile({ timestampsNs: [nowNs(), nowNs() - BigInt(retentionDays + 1) * day] }),
    expected: () => rejected(/samples\[0\]\.timestamps_unix_nano is older than the store keeps/),
  },
  {
    what: 'a hit timestamp two days ahead of the clock',
    rule: aheadRule,
    encodings: both,
    bad: oneProfile({ timestampsNs: [nowNs() + 2n * day] }),
    expected: () => rejected(/samples\[0\]\.timestamps_unix_nano is more than a day ahead/),
  },
  {
    what: 'a hit timestamp of "-1" in OTLP/JSON',
    rule: timeRule,
    encodings: jsonOnly,
    bad: oneProfile({}),
    edit: (_r, [p]) => {
      firstSample(p!).timestampsUnixNano = ['-1'];
    },
    // A JSON number that is not a fixed64 is read as 0, which the time rule refuses.
    expected: () => rejected(hits('timestamps_unix_nano', '0')),
  },
  {
    what: 'a hit timestamp of "abc" in OTLP/JSON',
    rule: timeRule,
    encodings: jsonOnly,
    bad: oneProfile({}),
    edit: (_r, [p]) => {
      firstSample(p!).timestampsUnixNano = [nowNs().toString(), 'abc'];
    },
    expected: () => rejected(hits('timestamps_unix_nano', '0')),
  },
  // The profile's own time, used by samples without timestamps, and its duration.
  {
    what: 'a profile time of 0 for a sample without timestamps',
    rule: timeRule,
    encodings: both,
    bad: oneProfile({ values: [3], timestampsNs: [] }, { timeNs: 0n }),
    expected: () => rejected(/: time_unix_nano 0 is outside the times the store holds/),
  },
  {
    what: 'a profile time older than the retention for a sample without timestamps',
    rule: retentionRule,
    encodings: both,
    bad: oneProfile(
      { values: [3], timestampsNs: [] },
      { timeNs: nowNs() - BigInt(retentionDays + 1) * day },
    ),
    expected: () => rejected(/: time_unix_nano is older than the store keeps/),
  },
  {
    what: 'a profile time past 2262 for a sample without timestamps',
    rule: timeRule,
    encodings: both,
    bad: oneProfile({ values: [3], timestampsNs: [] }, { timeNs: maxFixed64 }),
    expected: () => rejected(outside(': time_unix_nano', String(maxFixed64))),
  },
  {
    what: 'a profile duration of the largest uint64',
    rule: 'duration_nano has no column: it is not read, the profile is stored',
    encodings: both,
    bad: oneProfile({}),
    edit: (_r, [p]) => {
      p!.durationNano = maxFixed64.toString();
    },
    expected: () => ({
      kind: 'stored',
      sql: badProfileSql('count() AS n'),
      rows: [{ n: '2' }],
    }),
  },
  // Weights.
  {
    what: 'a sample value of 2^62',
    rule: weightRule,
    encodings: both,
    bad: oneProfile({ values: [2n ** 62n], timestampsNs: [nowNs()] }),
    expected: () =>
      rejected(/samples\[0\]\.values \(times the period\) [\d.e+]+ is not a whole number/),
  },
  {
    what: 'a sample value of -2^60',
    rule: weightRule,
    encodings: both,
    bad: oneProfile({ values: [-(2n ** 60n)], timestampsNs: [nowNs()] }),
    expected: () =>
      rejected(/samples\[0\]\.values \(times the period\) -[\d.e+]+ is not a whole number/),
  },
  {
    what: 'a count whose weight, count × period, passes 2^53',
    rule: weightRule,
    encodings: both,
    bad: oneProfile({ values: [2n ** 28n], timestampsNs: [nowNs()] }),
    expected: () => rejected(/samples\[0\]\.values \(times the period\)/),
  },
  {
    what: 'a sum of values without timestamps that passes 2^53',
    rule: weightRule,
    encodings: both,
    bad: oneProfile({ values: [2n ** 52n, 2n ** 52n], timestampsNs: [] }, { period: 1 }),
    expected: () => rejected(/samples\[0\]\.values \(times the period\)/),
  },
  {
    what: 'a period of 2^62',
    rule: weightRule,
    encodings: both,
    bad: oneProfile({}, { period: 2 ** 62 }),
    expected: () => rejected(/period \d+ is not a whole number below 2\^53/),
  },
  // Link ids.
  {
    what: 'a link with a 15-byte trace id',
    rule: idRule,
    encodings: both,
    bad: (b, tag) => [
      hitsProfile(b, badName(tag), { link: b.link('ab'.repeat(15), 'cd'.repeat(8)) }),
    ],
    expected: () => rejected(/link_table\[1\] must have a 16-byte trace_id/),
  },
  {
    what: 'a link trace id that is not hex in OTLP/JSON',
    rule: idRule,
    encodings: jsonOnly,
    bad: (b, tag) => [
      hitsProfile(b, badName(tag), { link: b.link('ab'.repeat(16), 'cd'.repeat(8)) }),
    ],
    edit: (request) => {
      const links = (request.dictionary as Plain).linkTable as Plain[];
      links[1]!.traceId = 'xy'.repeat(16);
    },
    expected: () => rejected(/link_table\[1\] must have a 16-byte trace_id/),
  },
  {
    what: 'three bad profiles of different kinds between the good ones',
    rule: `${timeRule}; ${weightRule}; ${idRule}`,
    encodings: both,
    bad: (b, tag) => [
      hitsProfile(b, badName(tag, 0), { timestampsNs: [0n] }),
      hitsProfile(b, badName(tag, 1), { values: [2n ** 62n], timestampsNs: [nowNs()] }),
      hitsProfile(b, badName(tag, 2), { link: b.link('ab'.repeat(3), 'cd'.repeat(8)) }),
    ],
    expected: () => rejected([/timestamps_unix_nano 0 is outside/, /values/, /link_table\[1\]/], 3),
  },
  // Strings.
  {
    what: 'a lone surrogate in a function name of the string table (OTLP/JSON)',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: (b, tag) => [
      hitsProfile(b, badName(tag), {
        stack: b.stack([b.location({ lines: [{ fn: b.fn(`${tag}-bad-fn-\ud800`), line: 1 }] })]),
      }),
    ],
    expected: (tag) => ({
      kind: 'stored',
      sql: badStackSql,
      rows: [{ names: [`${tag}-bad-fn-\uFFFD`] }],
    }),
  },
  {
    what: 'a lone surrogate in a sample attribute key and value (OTLP/JSON)',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: (b, tag) => [
      hitsProfile(b, badName(tag), {
        attributes: [b.attr('case', badName(tag)), b.attr('key-\udc00', 'value-\ud800')],
      }),
    ],
    expected: () => ({
      kind: 'stored',
      sql: badProfileSql("SampleAttributes['key-\uFFFD'] AS v"),
      rows: [{ v: 'value-\uFFFD' }],
    }),
  },
  {
    what: 'a lone surrogate in a resource attribute of a profile (OTLP/JSON)',
    rule: unicodeRule,
    encodings: jsonOnly,
    bad: oneProfile({}),
    resource: () => ({ 'k8s.pod.name': 'pod-\ud800', 'process.pid': 4101 }),
    expected: () => ({
      kind: 'stored',
      sql: badProfileSql("K8sPodName AS pod, ResourceAttributes['k8s.pod.name'] AS attr"),
      rows: [{ pod: 'pod-\uFFFD', attr: 'pod-\uFFFD' }],
    }),
  },
  {
    what: 'an invalid UTF-8 byte in a protobuf function name',
    rule: unicodeRule,
    encodings: protobufOnly,
    bad: (b, tag) => [
      hitsProfile(b, badName(tag), {
        stack: b.stack([b.location({ lines: [{ fn: b.fn(`${tag}-bad-fn-~`), line: 1 }] })]),
      }),
    ],
    patches: [{ after: '-bad-fn-', bytes: [0xff] }],
    expected: (tag) => ({
      kind: 'stored',
      sql: badStackSql,
      rows: [{ names: [`${tag}-bad-fn-\uFFFD`] }],
    }),
  },
  {
    what: 'an encoded surrogate ED A0 80 in a protobuf resource attribute of a profile',
    rule: unicodeRule,
    encodings: protobufOnly,
    bad: oneProfile({}),
    resource: () => ({ 'k8s.namespace.name': 'ns-~~~', 'process.pid': 4102 }),
    patches: [{ after: 'ns-', bytes: [0xed, 0xa0, 0x80] }],
    expected: () => ({
      kind: 'stored',
      sql: badProfileSql('K8sNamespaceName AS ns'),
      rows: [{ ns: 'ns-\uFFFD\uFFFD\uFFFD' }],
    }),
  },
  {
    what: 'a sample value of "abc" in OTLP/JSON',
    rule: weightRule,
    encodings: jsonOnly,
    bad: oneProfile({ values: [1, 1], timestampsNs: [nowNs(), nowNs()] }),
    edit: (_r, [p]) => {
      firstSample(p!).values = ['abc', '12x'];
    },
    expected: () => rejected(/samples\[0\]\.values/),
  },
  {
    what: 'a hit timestamp of "1-2" in OTLP/JSON',
    rule: timeRule,
    encodings: jsonOnly,
    bad: oneProfile({}),
    edit: (_r, [p]) => {
      firstSample(p!).timestampsUnixNano = ['1-2'];
    },
    expected: () => rejected(hits('timestamps_unix_nano', '0')),
  },
  {
    what: 'a source line of 2^32 + 7 (Lines is UInt32)',
    rule: 'every value is checked against its column before it joins a shared batch',
    encodings: both,
    bad: (b, tag) => [
      hitsProfile(b, badName(tag), {
        stack: b.stack([b.location({ lines: [{ fn: b.fn(`${tag}-bad-fn`), line: 2 ** 32 + 7 }] })]),
      }),
    ],
    expected: () => ({
      kind: 'stored',
      sql: "SELECT Lines AS lines FROM profile_stacks WHERE FunctionNames[1] = concat({tag:String}, '-bad-fn') LIMIT 1 BY StackId",
      // A line the column cannot hold is unknown, as a negative line is.
      rows: [{ lines: [0] }],
    }),
  },
];
