import type { Attributes, SpanSource } from './model';

/** Sample attributes that carry span ids: Go pprof labels arrive as process.context.label.*. */
const spanIdLabels = ['process.context.label.span_id', 'span_id'];
const traceIdLabels = ['process.context.label.trace_id', 'trace_id'];

/**
 * The span a sample names, from its OTLP Link first, else from label attributes. A label may
 * carry only a span id (many runtimes label just that); TraceId is then ''.
 */
export function sampleSpanIds(
  link: { traceId: string; spanId: string } | undefined,
  attrs: Attributes,
): { traceId: string; spanId: string; spanSource: SpanSource } {
  if (link) return { ...link, spanSource: 'link' };
  const spanId = firstHex(attrs, spanIdLabels, 16);
  if (spanId === '') return { traceId: '', spanId: '', spanSource: '' };
  return { traceId: firstHex(attrs, traceIdLabels, 32), spanId, spanSource: 'label' };
}

function firstHex(attrs: Attributes, keys: readonly string[], length: number): string {
  for (const key of keys) {
    const v = attrs[key];
    if (v !== undefined && v.length === length && /^[0-9a-fA-F]+$/.test(v) && !/^0+$/.test(v)) {
      return v.toLowerCase();
    }
  }
  return '';
}
