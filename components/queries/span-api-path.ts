/** What the read API answers about one span: the path of each, in one place. */
export type SpanResource = 'profile' | 'context' | 'breakdown' | 'timeline' | 'diff';

/** `/api/traces/<traceId>/spans/<spanId>/<resource>`, ids encoded. */
export function spanApiPath(traceId: string, spanId: string, resource: SpanResource): string {
  return `/api/traces/${encodeURIComponent(traceId)}/spans/${encodeURIComponent(spanId)}/${resource}`;
}
