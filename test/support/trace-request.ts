import { randomBytes } from 'node:crypto';
import { otlpTypes, type ExportTraceServiceRequest } from '@/ingest/otlp/otlp-wire';
import { idBytes, keyValues, otlpJson, u64 } from './otlp-values';

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

/** An ExportTraceServiceRequest of server spans of one resource. */
export function traceRequestObject(
  resource: Record<string, string | number>,
  spans: SpanSpec[],
): ExportTraceServiceRequest {
  return {
    resourceSpans: [
      {
        resource: { attributes: keyValues(resource) },
        scopeSpans: [
          {
            scope: { name: 'test' },
            spans: spans.map((s) => ({
              traceId: idBytes(s.traceId ?? randomId(16)),
              spanId: idBytes(s.spanId ?? randomId(8)),
              parentSpanId: idBytes(s.parentSpanId ?? ''),
              name: s.name,
              kind: 2,
              startTimeUnixNano: u64(s.startNs),
              endTimeUnixNano: u64(s.endNs),
              attributes: keyValues(s.attributes ?? {}),
            })),
          },
        ],
      },
    ],
  };
}

/** Binary protobuf, as gRPC and application/x-protobuf carry it. */
export function encodeTraceRequest(request: ExportTraceServiceRequest): Uint8Array {
  return otlpTypes.traceRequest.encode(request).finish();
}

/** OTLP/JSON: ids as hex, 64-bit integers as strings. */
export function traceRequestJson(request: ExportTraceServiceRequest): string {
  return otlpJson(request);
}
