import protobuf from 'protobufjs';

/**
 * pprof's profile.proto (github.com/google/pprof, proto/profile.proto) as protobufjs types,
 * declared from its field numbers. Built from a descriptor object rather than a .proto file so it
 * loads the same inside the web app's bundle.
 */
const field = (id: number, type: string, rule?: 'repeated') => ({
  id,
  type,
  ...(rule ? { rule } : {}),
});

const root = protobuf.Root.fromJSON({
  nested: {
    perftools: {
      nested: {
        profiles: {
          nested: {
            Profile: {
              fields: {
                sampleType: field(1, 'ValueType', 'repeated'),
                sample: field(2, 'Sample', 'repeated'),
                mapping: field(3, 'Mapping', 'repeated'),
                location: field(4, 'Location', 'repeated'),
                function: field(5, 'Function', 'repeated'),
                // string_table[0] must be "".
                stringTable: field(6, 'string', 'repeated'),
                timeNanos: field(9, 'int64'),
                durationNanos: field(10, 'int64'),
                periodType: field(11, 'ValueType'),
                period: field(12, 'int64'),
                comment: field(13, 'int64', 'repeated'),
                defaultSampleType: field(14, 'int64'),
              },
            },
            ValueType: { fields: { type: field(1, 'int64'), unit: field(2, 'int64') } },
            Sample: {
              fields: {
                // Leaf first.
                locationId: field(1, 'uint64', 'repeated'),
                value: field(2, 'int64', 'repeated'),
                label: field(3, 'Label', 'repeated'),
              },
            },
            Label: {
              fields: {
                key: field(1, 'int64'),
                str: field(2, 'int64'),
                num: field(3, 'int64'),
                numUnit: field(4, 'int64'),
              },
            },
            Mapping: {
              fields: {
                id: field(1, 'uint64'),
                memoryStart: field(2, 'uint64'),
                memoryLimit: field(3, 'uint64'),
                fileOffset: field(4, 'uint64'),
                filename: field(5, 'int64'),
                buildId: field(6, 'int64'),
                hasFunctions: field(7, 'bool'),
                hasFilenames: field(8, 'bool'),
                hasLineNumbers: field(9, 'bool'),
                hasInlineFrames: field(10, 'bool'),
              },
            },
            Location: {
              fields: {
                id: field(1, 'uint64'),
                mappingId: field(2, 'uint64'),
                address: field(3, 'uint64'),
                line: field(4, 'Line', 'repeated'),
                isFolded: field(5, 'bool'),
              },
            },
            Line: {
              fields: {
                functionId: field(1, 'uint64'),
                line: field(2, 'int64'),
                column: field(3, 'int64'),
              },
            },
            Function: {
              fields: {
                id: field(1, 'uint64'),
                name: field(2, 'int64'),
                systemName: field(3, 'int64'),
                filename: field(4, 'int64'),
                startLine: field(5, 'int64'),
              },
            },
          },
        },
      },
    },
  },
});

export const pprofProfileType = root.lookupType('perftools.profiles.Profile');
