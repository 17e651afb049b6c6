import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SpanRecord } from '@/ingest/normalize/model';
import { otelTracesBinary, otelTracesTypes } from '@/ingest/rows/otel-traces-binary';
import { otelTracesTarget, spansToLines, spanToRow } from '@/ingest/rows/span-to-row';
import { checkColumnTypes } from '@/ingest/sink/check-column-types';
import { insertRaw, jsonLines } from '@/lib/clickhouse/insert-raw';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';
import { spanRecord } from '@/test/support/span-record';
import { randomId } from '@/test/support/trace-request';

/** An hour ago, in nanoseconds: inside the store's retention. */
const t0 = (BigInt(Date.now()) - 3_600_000n) * 1_000_000n;

const base = (over: Partial<SpanRecord>): SpanRecord =>
  spanRecord({ startNs: t0, serviceName: 'binary-test', ...over });

// Edge cases of each column: nanoseconds at both ends of a second, a duration above 2^53 and one
// of zero, maps empty and full of non-ASCII and escapes, events and links none and several.
const spans: SpanRecord[] = [
  base({
    startNs: t0 + 999_999_999n,
    durationNs: (1n << 60n) + 7n,
    parentSpanId: randomId(8),
    traceState: 'vendor=x,other=y',
    name: 'résumé ✓',
    kind: 'Client',
    serviceName: 'checkout',
    resourceAttributes: { 'service.name': 'checkout', 'k8s.pod.name': 'pod-ü', '': 'empty key' },
    scopeName: '@opentelemetry/instrumentation-http',
    scopeVersion: '0.57.0',
    attributes: { 'http.route': '/a/{b}', ключ: '値'.repeat(200), quote: 'a"b\\c\n\t' },
    statusCode: 'Error',
    statusMessage: 'x'.repeat(1000),
    events: [
      { timestampNs: t0 + 1n, name: 'exception', attributes: { 'exception.type': 'Boom' } },
      { timestampNs: t0 + 999_999_999n, name: 'retry', attributes: {} },
    ],
    links: [
      { traceId: randomId(16), spanId: randomId(8), traceState: 'a=b', attributes: { l: '1' } },
      { traceId: randomId(16), spanId: randomId(8), traceState: '', attributes: {} },
    ],
  }),
  base({ durationNs: 0n, startNs: t0 + 1n }),
  base({ name: '', serviceName: '', kind: 'Unspecified' }),
];

const columns = otelTracesTarget.columns.map((c) => `\`${c}\``).join(', ');

/** Every column of the stored spans, in one order (64-bit integers as strings). */
const stored = (store: TempStore): Promise<unknown[]> =>
  queryRows(store.client, `SELECT ${columns} FROM otel_traces ORDER BY SpanId`);

describe('otel_traces as RowBinary', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  it('declares the columns and types the store has', async () => {
    await checkColumnTypes(store.client, 'otel_traces', otelTracesTypes);
  });

  it('stores the same rows, every column, as the JSON path', async () => {
    await insertRaw(store.client, otelTracesTarget, jsonLines(spansToLines(spans)).payload);
    const viaJson = await stored(store);
    assert.equal(viaJson.length, spans.length);

    await store.client.command({ query: 'TRUNCATE TABLE otel_traces' });
    // The path ingest writes spans by.
    await insertRaw(
      store.client,
      otelTracesBinary.target,
      otelTracesBinary.encode(spans.map(spanToRow)),
    );
    assert.deepEqual(await stored(store), viaJson);
  });
});
