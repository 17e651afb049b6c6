import {
  type TraceCase,
  badName,
  badSpanSql,
  both,
  jsonOnly,
  jsonTimeRule,
  kv,
  notJsonTime,
  nowNs,
  oneSpan,
  protobufOnly,
  rejected,
  span,
  timeRule,
  unicodeRule,
} from './bad-values';

/** Bad values of the corpus (bad-values.ts): Span strings: lone surrogates, invalid UTF-8, control characters, bytes. */
export const spanStringCases: readonly TraceCase[] = [
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
