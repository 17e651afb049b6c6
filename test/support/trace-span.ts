import type { TraceSpan } from '@/lib/contract/span-models';

const t0 = 1_700_000_000_000_000_000n;
const ms = 1_000_000n;

/** A span of the trace view's model, its times in ms from a fixed origin; named by its id. */
export function traceSpan(
  spanId: string,
  parentSpanId: string,
  startMs: number,
  durMs: number,
  fields: Partial<TraceSpan> = {},
): TraceSpan {
  return {
    traceId: 'a'.repeat(32),
    spanId,
    parentSpanId,
    name: spanId,
    kind: 'Internal',
    service: 'svc',
    startNs: String(t0 + BigInt(startMs) * ms),
    durationNs: String(BigInt(durMs) * ms),
    statusCode: 'Unset',
    statusMessage: '',
    attributes: {},
    resource: {},
    events: [],
    ...fields,
  };
}
