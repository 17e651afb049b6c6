import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  decodeExportProfilesRequest,
  decodeExportTraceRequest,
} from '@/ingest/otlp/decode-export-request';
import { otlpTypes } from '@/ingest/otlp/otlp-wire';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/otlp');
/** The form the recorded decodings were written in (see the fixtures' README). */
const asPlain = { longs: String, bytes: String, defaults: true, arrays: true } as const;

function fixture(name: string): Buffer {
  return gunzipSync(readFileSync(path.join(fixtures, name)));
}

/**
 * Every field of `expected` is in `actual` with the same value, at every depth. Fields only
 * `actual` has are ones the hand-declared protos did not know; they are returned by path.
 */
function assertReadsAsBefore(actual: unknown, expected: unknown, at = '$'): string[] {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${at} should be an array`);
    assert.equal(actual.length, expected.length, `${at} length`);
    return expected.flatMap((e, i) => assertReadsAsBefore(actual[i], e, `${at}[${i}]`));
  }
  if (typeof expected === 'object' && expected !== null) {
    assert.ok(typeof actual === 'object' && actual !== null, `${at} should be a message`);
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const added = Object.keys(a)
      .filter((k) => !(k in e))
      .map((k) => `${at}.${k}`);
    return [
      ...added,
      ...Object.keys(e).flatMap((k) => assertReadsAsBefore(a[k], e[k], `${at}.${k}`)),
    ];
  }
  assert.equal(actual, expected, at);
  return [];
}

describe('the generated OTLP decoder on requests captured from the real agent', () => {
  it('reads the eBPF profiler request field for field as the hand-declared decoder did', () => {
    const { request } = decodeExportProfilesRequest(fixture('ebpf-profiles.binpb.gz'), 'protobuf');
    const decoded = otlpTypes.profilesRequest.toObject(
      otlpTypes.profilesRequest.fromObject(request),
      asPlain,
    );
    const before: unknown = JSON.parse(fixture('ebpf-profiles.decoded.json.gz').toString('utf8'));
    assertReadsAsBefore(decoded, before);
    const dictionary = (decoded as { dictionary: { stringTable: string[] } }).dictionary;
    assert.ok(dictionary.stringTable.includes('crypto/internal/fips140/sha256.blockSHANI'));
  });

  it('reads a traces request the agent forwarded field for field as before', () => {
    const { request, rejected } = decodeExportTraceRequest(
      fixture('agent-traces.binpb.gz'),
      'protobuf',
    );
    assert.equal(rejected.count, 0);
    const decoded = otlpTypes.traceRequest.toObject(
      otlpTypes.traceRequest.fromObject(request),
      asPlain,
    );
    const before: unknown = JSON.parse(fixture('agent-traces.decoded.json.gz').toString('utf8'));
    assertReadsAsBefore(decoded, before);
  });

  it('fails on a decoding that differs from the recorded one', () => {
    const before = JSON.parse(fixture('agent-traces.decoded.json.gz').toString('utf8')) as {
      resourceSpans: { scopeSpans: { spans: { name: string }[] }[] }[];
    };
    const span = before.resourceSpans[0]?.scopeSpans[0]?.spans[0];
    assert.ok(span);
    const { request } = decodeExportTraceRequest(fixture('agent-traces.binpb.gz'), 'protobuf');
    const decoded = otlpTypes.traceRequest.toObject(
      otlpTypes.traceRequest.fromObject(request),
      asPlain,
    );
    span.name = `${span.name} (changed)`;
    assert.throws(() => assertReadsAsBefore(decoded, before), /spans\[0\]\.name/);
  });
});
