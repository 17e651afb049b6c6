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
): { traceId: string; spanId: string; spanSource: SpanSource; fromKeys: string[] } {
  if (link) return { ...link, spanSource: 'link', fromKeys: [] };
  const span = firstHex(attrs, spanIdLabels, 16);
  if (!span) return { traceId: '', spanId: '', spanSource: '', fromKeys: [] };
  const trace = firstHex(attrs, traceIdLabels, 32);
  return {
    traceId: trace?.id ?? '',
    spanId: span.id,
    spanSource: 'label',
    // The labels that gave the ids: they have columns now, so SampleAttributes can drop them.
    fromKeys: trace ? [span.key, trace.key] : [span.key],
  };
}

function firstHex(
  attrs: Attributes,
  keys: readonly string[],
  length: number,
): { id: string; key: string } | undefined {
  for (const key of keys) {
    const v = attrs[key];
    if (v !== undefined && v.length === length && /^[0-9a-fA-F]+$/.test(v) && !/^0+$/.test(v)) {
      return { id: v.toLowerCase(), key };
    }
  }
  return undefined;
}
