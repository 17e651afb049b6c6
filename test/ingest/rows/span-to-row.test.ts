import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SpanRecord } from '@/ingest/normalize/model';
import { otelTracesColumns, spansToLines, spanToRow } from '@/ingest/rows/span-to-row';

const resource = { 'service.name': 'api', 'k8s.pod.name': 'api-1' };
const span = (name: string): SpanRecord => ({
  startNs: 1_760_000_000_123_456_789n,
  durationNs: 42n,
  traceId: '5b8efff798038103d269b633813fc60c',
  spanId: 'eee19b7ec3c1b174',
  parentSpanId: '',
  traceState: '',
  name,
  kind: 'Server',
  serviceName: 'api',
  resourceAttributes: resource,
  scopeName: 's',
  scopeVersion: '1',
  attributes: { 'http.route': '/x' },
  statusCode: 'Unset',
  statusMessage: '',
  events: [{ timestampNs: 1_760_000_000_123_456_800n, name: 'e', attributes: {} }],
  links: [],
});

describe('spansToLines', () => {
  it('writes each span as the JSON of its row, the shared resource spliced in once', () => {
    // A name that looks like JSON must stay a string in its own column.
    const spans = [span('GET /a'), span('"},{"evil":1'), span('\u0000resource\u0000')];
    const lines = spansToLines(spans);
    assert.equal(lines.length, 3);
    lines.forEach((line, i) => {
      const parsed = JSON.parse(line) as unknown[];
      assert.equal(parsed.length, otelTracesColumns.length);
      assert.deepEqual(parsed, JSON.parse(JSON.stringify(spanToRow(spans[i]!))));
    });
    assert.equal((JSON.parse(lines[1]!) as unknown[])[5], '"},{"evil":1');
  });

  it('keeps nanosecond times exact as decimal strings', () => {
    const row = spanToRow(span('x'));
    assert.equal(row[0], '1760000000123456789');
    assert.deepEqual(row[15], ['1760000000123456800']);
  });
});
