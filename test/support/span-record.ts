import type { SpanRecord } from '@/ingest/normalize/model';
import { randomId } from './trace-request';

/**
 * A normalized span as ingest's row builders take it: fresh ids, started an hour ago (inside any
 * retention), every other field empty unless `over` sets it.
 */
export function spanRecord(over: Partial<SpanRecord> = {}): SpanRecord {
  return {
    startNs: (BigInt(Date.now()) - 3_600_000n) * 1_000_000n,
    durationNs: 1_000n,
    traceId: randomId(16),
    spanId: randomId(8),
    parentSpanId: '',
    traceState: '',
    name: 'GET /',
    kind: 'Server',
    serviceName: 'span-record-test',
    resourceAttributes: {},
    scopeName: '',
    scopeVersion: '',
    attributes: {},
    statusCode: 'Unset',
    statusMessage: '',
    events: [],
    links: [],
    ...over,
  };
}
