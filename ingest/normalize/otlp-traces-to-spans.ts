import { bytesOf, idToHex, isAllZero } from '../otlp/hex-id';
import { longToBigInt } from '../otlp/long-to-bigint';
import type { ExportTraceServiceRequest, Span } from '../otlp/otlp-wire';
import { Rejections } from '../otlp/rejections';
import {
  storeTimeWindow,
  timeProblem,
  validString,
  windowProblem,
  type TimeWindow,
} from '../rows/column-rules';
import { keyValuesToAttributes } from './attributes';
import type { Attributes, SpanRecord } from './model';

const spanKinds = ['Unspecified', 'Internal', 'Server', 'Client', 'Producer', 'Consumer'];
const statusCodes = ['Unset', 'Ok', 'Error'];

export interface NormalizedSpans {
  spans: SpanRecord[];
  /** Distinct resources of the request, for learning process and container context. */
  resources: Attributes[];
  rejected: Rejections;
}

/**
 * OTLP traces to span records. A span with a malformed id, a time the store cannot hold or
 * outside `window` (retention), or an end before its start is dropped and counted; strings are
 * made valid Unicode (column-rules.ts).
 */
export function otlpTracesToSpans(
  request: ExportTraceServiceRequest,
  window: TimeWindow = storeTimeWindow,
): NormalizedSpans {
  const spans: SpanRecord[] = [];
  const resources: Attributes[] = [];
  const rejected = new Rejections();
  for (const rs of request.resourceSpans ?? []) {
    const resourceAttributes = keyValuesToAttributes(rs.resource?.attributes ?? []);
    resources.push(resourceAttributes);
    const serviceName = resourceAttributes['service.name'] ?? '';
    for (const ss of rs.scopeSpans ?? []) {
      const scopeName = validString(ss.scope?.name ?? '');
      const scopeVersion = validString(ss.scope?.version ?? '');
      for (const span of ss.spans ?? []) {
        const problem = spanProblem(span, window);
        if (problem) {
          rejected.reject(`span ${JSON.stringify(validString(span.name ?? ''))}: ${problem}`);
          continue;
        }
        const startNs = longToBigInt(span.startTimeUnixNano);
        spans.push({
          startNs,
          durationNs: longToBigInt(span.endTimeUnixNano) - startNs,
          traceId: idToHex(span.traceId),
          spanId: idToHex(span.spanId),
          parentSpanId: idToHex(span.parentSpanId),
          traceState: validString(span.traceState ?? ''),
          name: validString(span.name ?? ''),
          kind: spanKinds[span.kind ?? 0] ?? 'Unspecified',
          serviceName,
          resourceAttributes,
          scopeName,
          scopeVersion,
          attributes: keyValuesToAttributes(span.attributes ?? []),
          statusCode: statusCodes[span.status?.code ?? 0] ?? 'Unset',
          statusMessage: validString(span.status?.message ?? ''),
          events: (span.events ?? []).map((e) => ({
            timestampNs: longToBigInt(e.timeUnixNano),
            name: validString(e.name ?? ''),
            attributes: keyValuesToAttributes(e.attributes ?? []),
          })),
          links: (span.links ?? []).map((l) => ({
            traceId: idToHex(l.traceId),
            spanId: idToHex(l.spanId),
            traceState: validString(l.traceState ?? ''),
            attributes: keyValuesToAttributes(l.attributes ?? []),
          })),
        });
      }
    }
  }
  return { spans, resources, rejected };
}

function spanProblem(span: Span, window: TimeWindow): string | undefined {
  const traceId = bytesOf(span.traceId);
  const spanId = bytesOf(span.spanId);
  const parentSpanId = bytesOf(span.parentSpanId);
  if (traceId.length !== 16 || isAllZero(traceId)) {
    return `trace_id must be 16 non-zero bytes, got ${traceId.length} bytes`;
  }
  if (spanId.length !== 8 || isAllZero(spanId)) {
    return `span_id must be 8 non-zero bytes, got ${spanId.length} bytes`;
  }
  if (parentSpanId.length !== 0 && parentSpanId.length !== 8) {
    return `parent_span_id must be empty or 8 bytes, got ${parentSpanId.length} bytes`;
  }
  const start = longToBigInt(span.startTimeUnixNano);
  const end = longToBigInt(span.endTimeUnixNano);
  const time =
    windowProblem(start, 'start_time_unix_nano', window) ?? timeProblem(end, 'end_time_unix_nano');
  if (time) return time;
  if (end < start) return 'end_time_unix_nano is before start_time_unix_nano';
  for (const [i, event] of (span.events ?? []).entries()) {
    const problem = timeProblem(longToBigInt(event.timeUnixNano), `events[${i}].time_unix_nano`);
    if (problem) return problem;
  }
  for (const [i, link] of (span.links ?? []).entries()) {
    if (bytesOf(link.traceId).length !== 16 || bytesOf(link.spanId).length !== 8) {
      return `links[${i}] must have a 16-byte trace_id and an 8-byte span_id`;
    }
  }
  return undefined;
}
