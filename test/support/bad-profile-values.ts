import {
  type ProfileCase,
  aheadRule,
  badProfileSql,
  both,
  day,
  firstSample,
  hits,
  jsonOnly,
  maxFixed64,
  nowNs,
  oneProfile,
  outside,
  past2262,
  rejected,
  retentionDays,
  retentionRule,
  timeRule,
  weightRule,
} from './bad-values';

/** Bad values of the corpus (bad-values.ts) in profiles: hit and profile times, weights. */
export const profileTimeAndWeightCases: readonly ProfileCase[] = [
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
];
