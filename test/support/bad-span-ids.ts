import {
  type TraceCase,
  badName,
  badSpanSql,
  both,
  id,
  idRule,
  jsonOnly,
  nowNs,
  oneSpan,
  rejected,
  span,
  timeRule,
  times,
} from './bad-values';

/** Bad values of the corpus (bad-values.ts): Trace, span and parent span ids, and enums. */
export const spanIdCases: readonly TraceCase[] = [
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
];
