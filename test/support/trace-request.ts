import { randomBytes } from 'node:crypto';
import { otlpTypes } from '../../ingest/otlp/otlp-root';

export interface SpanSpec {
  name: string;
  traceId?: string;
  spanId?: string;
  parentSpanId?: string;
  startNs: bigint;
  endNs: bigint;
  attributes?: Record<string, string>;
}

/** A random hex id of `bytes` bytes. */
export const randomId = (bytes: number): string => randomBytes(bytes).toString('hex');

/** An ExportTraceServiceRequest as a plain object (protobufjs field names, ids as Uint8Array). */
export function traceRequestObject(
  resource: Record<string, string | number>,
  spans: SpanSpec[],
): Record<string, unknown> {
  const kv = (attrs: Record<string, string | number>) =>
    Object.entries(attrs).map(([key, value]) => ({
      key,
      value: typeof value === 'number' ? { intValue: String(value) } : { stringValue: value },
    }));
  return {
    resourceSpans: [
      {
        resource: { attributes: kv(resource) },
        scopeSpans: [
          {
            scope: { name: 'test' },
            spans: spans.map((s) => ({
              traceId: Uint8Array.from(Buffer.from(s.traceId ?? randomId(16), 'hex')),
              spanId: Uint8Array.from(Buffer.from(s.spanId ?? randomId(8), 'hex')),
              parentSpanId: Uint8Array.from(Buffer.from(s.parentSpanId ?? '', 'hex')),
              name: s.name,
              kind: 2,
              startTimeUnixNano: s.startNs.toString(),
              endTimeUnixNano: s.endNs.toString(),
              attributes: kv(s.attributes ?? {}),
            })),
          },
        ],
      },
    ],
  };
}

export function encodeTraceRequest(object: Record<string, unknown>): Uint8Array {
  return otlpTypes.traceRequest.encode(otlpTypes.traceRequest.fromObject(object)).finish();
}

/** OTLP/JSON: ids as hex, 64-bit integers as strings. */
export function traceRequestJson(object: Record<string, unknown>): string {
  return JSON.stringify(object, (_k, v: unknown) =>
    v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
  );
}
