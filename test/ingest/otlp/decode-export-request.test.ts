import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeExportTraceRequest, OtlpDecodeError } from '@/ingest/otlp/decode-export-request';
import { otlpTracesToSpans } from '@/ingest/normalize/otlp-traces-to-spans';

const body = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value));

describe('decodeExportTraceRequest (OTLP/JSON)', () => {
  it('reads hex ids in any case, enums by number or name, 64-bit numbers as strings or numbers, and ignores unknown fields', () => {
    const { request, rejected } = decodeExportTraceRequest(
      body({
        resourceSpans: [
          {
            resource: {
              attributes: [{ key: 'service.name', value: { stringValue: 'json-svc' } }],
              somethingNew: 1,
            },
            scopeSpans: [
              {
                spans: [
                  {
                    traceId: '5B8EFFF798038103D269B633813FC60C',
                    spanId: 'EEE19B7EC3C1B174',
                    name: 'a',
                    kind: 'SPAN_KIND_CLIENT',
                    startTimeUnixNano: '1760000000123456789',
                    endTimeUnixNano: 1760000000123457000,
                    status: { code: 2, message: 'boom' },
                    attributes: [{ key: 'n', value: { intValue: '9007199254740993' } }],
                    futureField: { x: 1 },
                  },
                ],
              },
            ],
          },
        ],
      }),
      'json',
    );
    assert.equal(rejected.count, 0);
    const { spans } = otlpTracesToSpans(request);
    assert.equal(spans.length, 1);
    const span = spans[0]!;
    assert.equal(span.traceId, '5b8efff798038103d269b633813fc60c');
    assert.equal(span.spanId, 'eee19b7ec3c1b174');
    assert.equal(span.kind, 'Client');
    assert.equal(span.statusCode, 'Error');
    assert.equal(span.startNs, 1760000000123456789n);
    assert.equal(span.serviceName, 'json-svc');
    assert.equal(span.attributes.n, '9007199254740993', 'int64 attribute kept exactly');
  });

  it('drops a span whose trace id is not 32 hex characters and names the field', () => {
    const { request, rejected } = decodeExportTraceRequest(
      body({
        resourceSpans: [
          { scopeSpans: [{ spans: [{ traceId: 'abc', spanId: 'eee19b7ec3c1b174', name: 'x' }] }] },
        ],
      }),
      'json',
    );
    assert.equal(rejected.count, 1);
    assert.match(rejected.message(), /traceId must be 32 hex characters, got "abc"/);
    assert.equal(request.resourceSpans?.[0]?.scopeSpans?.[0]?.spans?.length, 0);
  });

  it('refuses a body that is not JSON, or not an object', () => {
    assert.throws(() => decodeExportTraceRequest(Buffer.from('nope'), 'json'), OtlpDecodeError);
    assert.throws(() => decodeExportTraceRequest(Buffer.from('[1]'), 'json'), /not a JSON object/);
  });

  it('refuses bytes that are not a protobuf message', () => {
    assert.throws(
      () => decodeExportTraceRequest(Buffer.from([0x0a, 0x80]), 'protobuf'),
      /not a valid OTLP protobuf message/,
    );
  });
});
