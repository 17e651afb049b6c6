import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import protobuf from 'protobufjs/minimal.js';
import { decodeExportProfilesRequest, OtlpDecodeError } from '@/ingest/otlp/decode-export-request';
import { otlpTypes } from '@/ingest/otlp/otlp-wire';
import { oldSampleNumbering } from '@/ingest/otlp/sample-field-numbers';

const time = 1_700_000_000_123_456_789n;

/** A dictionary with one stack of one location, one attribute and one link (index 0 is empty). */
const dictionary = {
  stringTable: ['', 'thread.name', 'cpu', 'nanoseconds'],
  attributeTable: [{}, { keyStrindex: 1, value: { stringValue: 'main' } }],
  stackTable: [{}, { locationIndices: [1] }],
  locationTable: [{}, { address: 4096 }],
  mappingTable: [{}],
  functionTable: [{}],
  linkTable: [{}],
};

/** One request whose only sample's bytes are `sample`, around it everything as 1.10 has it. */
function requestWith(sample: Uint8Array): Uint8Array {
  const w = protobuf.Writer.create();
  const profile = protobuf.Writer.create();
  profile.uint32((2 << 3) | 2).bytes(sample);
  const scope = protobuf.Writer.create()
    .uint32((2 << 3) | 2)
    .bytes(profile.finish())
    .finish();
  const resource = protobuf.Writer.create()
    .uint32((2 << 3) | 2)
    .bytes(scope)
    .finish();
  w.uint32((1 << 3) | 2).bytes(resource);
  const dict = otlpTypes.profilesRequest
    .encode(otlpTypes.profilesRequest.fromObject({ dictionary }))
    .finish();
  return Buffer.concat([w.finish(), dict]);
}

/** A sample in the numbering of OTLP profiles before 1.10: values 2, attributes 3, link 4. */
function oldSample(): Uint8Array {
  const w = protobuf.Writer.create();
  w.uint32((1 << 3) | 0).int32(1); // stack_index
  w.uint32((2 << 3) | 2)
    .fork()
    .int64(1)
    .ldelim(); // values
  w.uint32((3 << 3) | 2)
    .fork()
    .int32(1)
    .ldelim(); // attribute_indices
  w.uint32((5 << 3) | 2)
    .fork()
    .fixed64(time.toString())
    .ldelim(); // timestamps_unix_nano
  return w.finish();
}

/** The same sample as 1.10 numbers it, by the generated encoder. */
function newSample(linkIndex = 0): Uint8Array {
  const message = otlpTypes.profilesRequest.fromObject({
    resourceProfiles: [
      {
        scopeProfiles: [
          {
            profiles: [
              {
                samples: [
                  {
                    stackIndex: 1,
                    values: [1],
                    attributeIndices: [1],
                    linkIndex,
                    timestampsUnixNano: [time.toString()],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    dictionary,
  });
  return otlpTypes.profilesRequest.encode(message).finish();
}

describe('OTLP profiles with the Sample field numbers of before 1.10', () => {
  it('are refused whole, naming the sample and the version problem', () => {
    const body = requestWith(oldSample());
    assert.equal(
      oldSampleNumbering(body),
      'resource_profiles[0].scope_profiles[0].profiles[0].samples[0]',
    );
    assert.throws(
      () => decodeExportProfilesRequest(body, 'protobuf'),
      (e: unknown) =>
        e instanceof OtlpDecodeError &&
        /samples\[0\] uses the Sample field numbers of OTLP profiles before 1\.10/.test(
          e.message,
        ) &&
        /Collector v0\.148 or newer/.test(e.message),
    );
  });

  it('leave requests of 1.10 alone, with and without a link', () => {
    for (const body of [newSample(), newSample(1)]) {
      assert.equal(oldSampleNumbering(body), undefined);
      const { request } = decodeExportProfilesRequest(body, 'protobuf');
      const sample = request.resourceProfiles?.[0]?.scopeProfiles?.[0]?.profiles?.[0]?.samples?.[0];
      assert.ok(sample);
      assert.deepEqual(sample.attributeIndices, [1]);
      assert.equal(Number(sample.values?.[0]), 1);
    }
  });

  it('leave bytes that are not protobuf to the decoder', () => {
    assert.equal(oldSampleNumbering(Uint8Array.from([0x0a, 0xff])), undefined);
  });
});
