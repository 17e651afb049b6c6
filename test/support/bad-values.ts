/**
 * A corpus of bad values for every kind of column ingest writes, each with the rule that must
 * catch it (ingest/rows/column-rules.ts, the OTLP/JSON decoder, the normalizers) and what that
 * rule does: drop the item and count it in partial_success naming the field, or store the value
 * made valid. Every case is one request: its bad items between good ones. This file holds the
 * corpus's types and builders; the cases are in bad-span-*.ts and bad-profile-values.ts, gathered
 * in bad-value-cases.ts.
 */
import { randomBytes } from 'node:crypto';
import { otlpTypes, type Signal } from '@/ingest/otlp/otlp-wire';
import { otlpJson } from './otlp-values';
import type { ProfileSpec, ProfilesRequestBuilder, SampleSpec } from './profiles-request-builder';

export type Plain = Record<string, unknown>;
export type Encoding = 'protobuf' | 'json';

/** Days the store keeps, and so the retention the server applies at the door. */
export const retentionDays = 7;

export const ms = 1_000_000n;
export const day = 86_400_000n * ms;
export const maxFixed64 = 2n ** 64n - 1n;
/** The first nanosecond DateTime64(9) cannot hold: 2262-04-11T23:47:16.854775808Z. */
export const past2262 = 2n ** 63n;
export const both: readonly Encoding[] = ['protobuf', 'json'];
export const jsonOnly: readonly Encoding[] = ['json'];
export const protobufOnly: readonly Encoding[] = ['protobuf'];

export const nowNs = (): bigint => BigInt(Date.now()) * ms;
export const id = (bytes: number): Uint8Array => Uint8Array.from(randomBytes(bytes));

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

export interface CaseBase {
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
  const stack = b.stack([b.location({ lines: [{ fn: b.function(`${name}-fn`), line: 7 }] })]);
  return {
    sampleType: ['samples', 'count'],
    periodType: ['cpu', 'nanoseconds'],
    period: 50_000_000,
    timeNs: now,
    ...profile,
    samples: [
      {
        stack,
        attributes: [b.attribute('case', name)],
        timestampsNs: [now, now + 50n * ms],
        ...sample,
      },
    ],
  };
}

/** A request object in the wire encoding: binary protobuf, or OTLP/JSON (hex ids). */
export function encodeRequest(signal: Signal, encoding: Encoding, object: object): Uint8Array {
  if (encoding === 'json') return Buffer.from(otlpJson(object));
  const { traceRequest: traces, profilesRequest: profiles } = otlpTypes;
  return signal === 'traces'
    ? traces.encode(traces.fromObject(object)).finish()
    : profiles.encode(profiles.fromObject(object)).finish();
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

export const rejected = (fields: RegExp | readonly RegExp[], count = 1): Expected => ({
  kind: 'rejected',
  count,
  fields: fields instanceof RegExp ? [fields] : fields,
});

export const badName = (tag: string, i = 0): string => `${tag}-bad-${i}`;
/** One bad span with these fields. */
export const oneSpan =
  (fields: () => Plain) =>
  (tag: string): { spans: Plain[] } => ({ spans: [span(badName(tag), fields())] });
export const times = (startNs: bigint, endNs: bigint): Plain => ({
  startTimeUnixNano: startNs.toString(),
  endTimeUnixNano: endNs.toString(),
});
export const event = (timeUnixNano: unknown): Plain => ({
  events: [{ timeUnixNano, name: 'e', attributes: [] }],
});

/** Reads one row of the bad span `${tag}-bad-0`. */
export const badSpanSql = (columns: string): string =>
  `SELECT ${columns} FROM otel_traces WHERE SpanName = concat({tag:String}, '-bad-0')`;

export const outside = (field: string, value: string): RegExp =>
  new RegExp(`${field} ${value} is outside the times the store holds`);

export const timeRule = 'times lie between 2001-09-09 and 2262-04-11 (DateTime64(9))';
export const retentionRule = "a span's start and every profile hit lie inside the retention";
export const aheadRule = 'a span start and every profile hit are at most a day ahead of the clock';
export const idRule = 'a malformed id drops its item';
export const unicodeRule = 'invalid Unicode is repaired with U+FFFD';
/** A span time in OTLP/JSON that is not a whole number of its type, named with its text. */
export const notJsonTime = (field: string, raw: string): RegExp =>
  new RegExp(
    `${field} must be a whole number of ns since 1970 below 2\\^64, got ${raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
  );
export const jsonTimeRule = 'a time in OTLP/JSON is a whole number of ns below 2^64';

export const samplesOf = (profile: Plain): Plain[] => profile.samples as Plain[];
export const firstSample = (profile: Plain): Plain => samplesOf(profile)[0]!;
export const oneProfile =
  (sample: Partial<SampleSpec>, profile: Partial<ProfileSpec> = {}) =>
  (b: ProfilesRequestBuilder, tag: string): ProfileSpec[] => [
    hitsProfile(b, badName(tag), sample, profile),
  ];
export const badProfileSql = (columns: string, from = 'profile_samples'): string =>
  `SELECT ${columns} FROM ${from} WHERE SampleAttributes['case'] = concat({tag:String}, '-bad-0') LIMIT 1`;
export const badStackSql =
  "SELECT FunctionNames AS names FROM profile_stacks WHERE startsWith(FunctionNames[1], concat({tag:String}, '-bad')) LIMIT 1 BY StackId";
export const hits = (field: string, value: string): RegExp =>
  outside(`samples\\[0\\]\\.${field}`, value);
export const weightRule = 'profile weights (value × period) are whole numbers below 2^53';
