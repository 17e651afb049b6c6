import type { TraceSpan } from '@/lib/contract/span-models';
import { formatDuration } from '../format/format-duration';
import { formatDateTime, nsToMs } from '../format/format-time';
import { useServiceColor } from '../trace/service-color';

/** The selected span's identity and timing (the header of the side panel). */
export function SpanSummaryHeader({ span }: { span: TraceSpan }) {
  const serviceColor = useServiceColor();
  const error = span.statusCode === 'Error';
  return (
    <section className="span-summary" aria-label="Selected span">
      <div className="span-summary-name" title={span.name}>
        {span.name}
      </div>
      <div className="span-summary-meta">
        <span className="service-chip" style={{ background: serviceColor(span.service) }} />
        {span.service}
        <span className="dot-sep">·</span>
        <strong>{formatDuration(Number(span.durationNs))}</strong>
        <span className="dot-sep">·</span>
        {span.kind}
        {error ? (
          <span className="badge badge-error" title={span.statusMessage}>
            error
          </span>
        ) : null}
      </div>
      <div className="span-summary-ids mono">
        <span title="Start">{formatDateTime(nsToMs(span.startNs))}</span>
        <span title="Span id">span {span.spanId}</span>
      </div>
      {error && span.statusMessage ? <p className="span-error">{span.statusMessage}</p> : null}
    </section>
  );
}
