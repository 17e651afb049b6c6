import type { Coverage } from '@/lib/contract/profile-models';
import { formatDuration } from '../format/format-duration';
import { formatPercent } from '../format/format-percent';

export type CoverageStatus =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; coverage: Coverage; durationNs: number };

/**
 * Samples found against samples a fully covered span would have (duration ÷ sampling period),
 * with its own message for each state: loading, error, no samples, shorter than one period.
 */
export function CoverageMeter({ status }: { status: CoverageStatus }) {
  if (status.state === 'loading') {
    return (
      <div className="coverage" data-state="loading" role="status">
        <span className="coverage-bar coverage-bar-loading" />
        <span className="muted">Matching samples…</span>
      </div>
    );
  }
  if (status.state === 'error') {
    return (
      <div className="coverage" data-state="error" role="alert">
        <span className="error-text">Profile unavailable: {status.message}</span>
      </div>
    );
  }
  const { coverage, durationNs } = status;
  if (coverage.state === 'shorter-than-period') {
    return (
      <div className="coverage" data-state="shorter-than-period" role="status">
        <span className="warning-text" title="A sample is unlikely to land in so short a span.">
          Span ({formatDuration(durationNs)}) is shorter than the sampling period (
          {formatDuration(coverage.periodNs)})
        </span>
      </div>
    );
  }
  if (coverage.state === 'no-samples') {
    return (
      <div className="coverage" data-state="no-samples" role="status">
        <span className="warning-text">
          No samples matched (~{coverage.expected} expected at one per{' '}
          {formatDuration(coverage.periodNs)})
        </span>
      </div>
    );
  }
  const share = coverage.expected > 0 ? coverage.found / coverage.expected : 1;
  return (
    <div
      className="coverage"
      data-state="ok"
      role="status"
      title={`One sample per ${formatDuration(coverage.periodNs)} per busy thread; more than 100% means several threads were on CPU.`}
    >
      <span className="coverage-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(share, 1) * 100}%` }} />
      </span>
      <span>
        <strong>{coverage.found}</strong> of ~{Math.round(coverage.expected)} expected samples (
        {share > 1 ? '>100%' : formatPercent(coverage.found, coverage.expected)})
      </span>
    </div>
  );
}
