import {
  type Plain,
  type ProfileCase,
  badName,
  badProfileSql,
  badStackSql,
  both,
  firstSample,
  hits,
  hitsProfile,
  idRule,
  jsonOnly,
  nowNs,
  oneProfile,
  protobufOnly,
  rejected,
  timeRule,
  unicodeRule,
  weightRule,
} from './bad-values';

/** Bad values of the corpus (bad-values.ts) in profiles: link ids and strings. */
export const profileLinkAndStringCases: readonly ProfileCase[] = [
  // Link ids.
  {
    what: 'a link with a 15-byte trace id',
    rule: idRule,
    encodings: both,
    bad: (b, tag) => [
      hitsProfile(b, badName(tag), { link: b.spanLink('ab'.repeat(15), 'cd'.repeat(8)) }),
    ],
    expected: () => rejected(/link_table\[1\] must have a 16-byte trace_id/),
  },
  {
    what: 'a link trace id that is not hex in OTLP/JSON',
    rule: idRule,
    encodings: jsonOnly,
    bad: (b, tag) => [
      hitsProfile(b, badName(tag), { link: b.spanLink('ab'.repeat(16), 'cd'.repeat(8)) }),
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
      hitsProfile(b, badName(tag, 2), { link: b.spanLink('ab'.repeat(3), 'cd'.repeat(8)) }),
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
        stack: b.stack([
          b.location({ lines: [{ fn: b.function(`${tag}-bad-fn-\ud800`), line: 1 }] }),
        ]),
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
        attributes: [b.attribute('case', badName(tag)), b.attribute('key-\udc00', 'value-\ud800')],
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
        stack: b.stack([b.location({ lines: [{ fn: b.function(`${tag}-bad-fn-~`), line: 1 }] })]),
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
        stack: b.stack([
          b.location({ lines: [{ fn: b.function(`${tag}-bad-fn`), line: 2 ** 32 + 7 }] }),
        ]),
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
