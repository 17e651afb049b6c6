import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProfilesRequestBuilder } from '@/test/support/profiles-request-builder';
import { normalize, onCpu, spanId, t0, traceId } from '@/test/support/normalize-profiles';

describe('otlpProfilesToSamples with bad input', () => {
  it('rejects a profile whose sample points past the stack table and keeps the other profiles', () => {
    const b = new ProfilesRequestBuilder();
    const stack = b.stack([b.location({ lines: [{ fn: b.function('f'), line: 1 }] })]);
    b.resource({ 'process.pid': 1 }, [
      onCpu([{ stack: 99, timestampsNs: [t0] }]),
      onCpu([{ stack, timestampsNs: [t0] }]),
    ]);
    const { groups, rejected } = normalize(b);
    assert.equal(rejected.count, 1);
    assert.match(
      rejected.message(),
      /profiles\[0\]: samples\[0\]: stack refers to stack_table\[99\], but the table has 2 entries/,
    );
    assert.equal(groups.length, 1);
  });

  it('rejects profiles with out-of-range attribute, link, location, function and string indices', () => {
    const cases: [
      string,
      (b: ProfilesRequestBuilder) => { stack: number; attributes?: number[]; link?: number },
    ][] = [
      [
        'attribute_table',
        (b) => ({
          stack: b.stack([b.location({ lines: [{ fn: b.function('f'), line: 1 }] })]),
          attributes: [500],
        }),
      ],
      [
        'link_table',
        (b) => ({
          stack: b.stack([b.location({ lines: [{ fn: b.function('f'), line: 1 }] })]),
          link: 9,
        }),
      ],
      ['location_table', (b) => ({ stack: b.stack([42]) })],
      [
        'function_table',
        (b) => ({ stack: b.stack([b.location({ lines: [{ fn: 77, line: 1 }] })]) }),
      ],
      [
        'string_table',
        (b) => ({
          stack: b.stack([b.location({ lines: [{ fn: b.function('f'), line: 1 }] })]),
          attributes: [badStringAttr(b)],
        }),
      ],
    ];
    for (const [table, sample] of cases) {
      const b = new ProfilesRequestBuilder();
      b.resource({}, [onCpu([{ ...sample(b), timestampsNs: [t0] }])]);
      const { groups, rejected } = normalize(b);
      assert.equal(rejected.count, 1, table);
      assert.match(rejected.message(), new RegExp(table), table);
      assert.equal(groups.length, 0, table);
    }
  });

  it('rejects a profile whose sample has different numbers of values and timestamps', () => {
    const b = new ProfilesRequestBuilder();
    const stack = b.stack([b.location({ lines: [{ fn: b.function('f'), line: 1 }] })]);
    b.resource({}, [
      {
        sampleType: ['off_cpu', 'nanoseconds'],
        samples: [{ stack, values: [1, 2], timestampsNs: [t0] }],
      },
    ]);
    const { rejected } = normalize(b);
    assert.equal(rejected.count, 1);
    assert.match(rejected.message(), /2 values but 1 timestamps/);
  });

  it('rejects a profile whose link has a malformed id, in OTLP/JSON too', () => {
    const b = new ProfilesRequestBuilder();
    const stack = b.stack([b.location({ lines: [{ fn: b.function('f'), line: 1 }] })]);
    const good = b.spanLink(traceId, spanId);
    const bad = b.spanLink('abcd', spanId);
    b.resource({}, [
      onCpu([{ stack, link: bad, timestampsNs: [t0] }]),
      onCpu([{ stack, link: good, timestampsNs: [t0] }]),
    ]);
    for (const encoding of ['protobuf', 'json'] as const) {
      const { groups, rejected } = normalize(b, encoding);
      assert.equal(rejected.count, 1, encoding);
      assert.match(rejected.message(), /link_table\[2\] must have a 16-byte trace_id/, encoding);
      assert.equal(groups.length, 1, encoding);
      assert.equal(groups[0]!.spanId, spanId, encoding);
    }
  });
});

/** An attribute whose key points past the string table. */
function badStringAttr(b: ProfilesRequestBuilder): number {
  const i = b.attribute('x', 'y');
  (b.toObject().dictionary as { attributeTable: { keyStrindex: number }[] }).attributeTable[
    i
  ]!.keyStrindex = 100_000;
  return i;
}
