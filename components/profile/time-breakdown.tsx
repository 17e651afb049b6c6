'use client';

import { useQuery } from '@tanstack/react-query';
import type { SpanBreakdown } from '@/lib/contract/profile-models';
import type { CorrelationTier, ProfileScope } from '@/lib/correlation/correlation-tier';
import { formatDuration } from '../format/format-duration';
import { formatPercent } from '../format/format-percent';
import { spanBreakdownQuery } from '../queries/span-breakdown-query';

interface TimeBreakdownProps {
  traceId: string;
  spanId: string;
  /** The scope and tier the flame graph shows, so both count the same samples. */
  scope: ProfileScope;
  tier: CorrelationTier | undefined;
  /** Shows the off-CPU flame graph, when the span has off-CPU samples. */
  onShowOffCpu: (() => void) | undefined;
}

const parts = [
  { key: 'onCpuNs', label: 'On-CPU', className: 'part-on-cpu' },
  { key: 'offCpuNs', label: 'Off-CPU (waiting)', className: 'part-off-cpu' },
  { key: 'unaccountedNs', label: 'Unaccounted', className: 'part-unaccounted' },
] as const;

/**
 * "Where the time went": the span's duration split into time on a CPU, time waiting off it
 * (locks, I/O, sleep, the scheduler) and time the profiler did not see, with what each rests on.
 */
export function TimeBreakdown({ traceId, spanId, scope, tier, onShowOffCpu }: TimeBreakdownProps) {
  const q = useQuery(spanBreakdownQuery(traceId, spanId, scope, tier));
  if (q.isPending) return <div className="time-breakdown muted">Splitting the span’s time…</div>;
  if (q.isError) {
    return (
      <div className="time-breakdown error-text" role="alert">
        Time breakdown unavailable: {q.error.message}
      </div>
    );
  }
  const b = q.data;
  const whole = b.onCpuNs + b.offCpuNs + b.unaccountedNs;
  return (
    <div className="time-breakdown" aria-label="Where the time went" role="group">
      <span className="control-label">Where the time went</span>
      <div className="breakdown-bar" aria-hidden="true">
        {parts.map((p) =>
          b[p.key] > 0 ? (
            <span
              key={p.key}
              className={p.className}
              style={{ width: `${(b[p.key] / whole) * 100}%` }}
            />
          ) : null,
        )}
      </div>
      <ul className="breakdown-legend">
        {parts.map((p) => (
          <li key={p.key} data-part={p.key}>
            <span className={`swatch ${p.className}`} aria-hidden="true" />
            {p.label} <strong>{formatDuration(b[p.key])}</strong>{' '}
            <span className="muted">({formatPercent(b[p.key], whole)})</span>
            {p.key === 'offCpuNs' && onShowOffCpu && b.offCpuNs > 0 ? (
              <button type="button" className="link-button" onClick={onShowOffCpu}>
                show where
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="breakdown-note muted">{breakdownNote(b)}</p>
    </div>
  );
}

/** What the split rests on: the samples behind each part, and when off-CPU time is unknown. */
function breakdownNote(b: SpanBreakdown): string {
  const on = b.coverage.onCpu;
  const onText =
    on.periodNs > 0
      ? `On-CPU from ${on.found} samples at one per ${formatDuration(on.periodNs)} (~${Math.round(on.expected)} if always busy).`
      : 'No on-CPU samples.';
  const threads = b.byThread.length > 1 ? ` ${b.byThread.length} threads ran for it.` : '';
  if (!b.coverage.offCpu.recording) {
    return `${onText}${threads} The agent records no off-CPU samples for this process, so waiting is part of “unaccounted”: the profiler records them when its off_cpu_threshold is above 0 and the node's kernel has kprobes.`;
  }
  return `${onText} Off-CPU from ${b.coverage.offCpu.found} recorded waits (the profiler records a share of scheduler switches, as its off_cpu_threshold sets).${threads}`;
}
