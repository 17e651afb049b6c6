'use client';

import Link from 'next/link';
import type { TraceSummary } from '@/lib/contract/span-models';
import { formatDuration } from '../format/format-duration';
import { formatClock, nsToMs } from '../format/format-time';
import { TierBadge } from '../profile/tier-badge';
import { DurationCell, OpenableRow, ServiceCell } from './span-cells';

interface TraceTableProps {
  traces: readonly TraceSummary[];
  /** The span view of a trace, at its slowest matching span. */
  hrefOf: (trace: TraceSummary) => string;
  onOpen: (trace: TraceSummary) => void;
}

/** One row per trace, slowest matching span first; a click opens that span in its trace. */
export function TraceTable({ traces, hrefOf, onOpen }: TraceTableProps) {
  const maxNs = Math.max(...traces.map((t) => Number(t.durationNs)), 1);
  return (
    <table className="data-table span-table trace-table">
      <thead>
        <tr>
          <th className="num">Trace</th>
          <th>Root service</th>
          <th>Root</th>
          <th>Slowest matching span</th>
          <th className="num">Spans</th>
          <th>Start</th>
          <th className="num">Profile samples</th>
        </tr>
      </thead>
      <tbody>
        {traces.map((t) => (
          <OpenableRow
            key={t.traceId}
            spanId={t.slowest.spanId}
            traceId={t.traceId}
            onOpen={() => {
              onOpen(t);
            }}
          >
            <DurationCell ns={Number(t.durationNs)} maxNs={maxNs} />
            <ServiceCell service={t.rootService} />
            <td className="op-cell">
              <Link href={hrefOf(t)}>{t.rootName}</Link>
              {t.errors > 0 ? (
                <span className="badge badge-error">
                  {t.errors} {t.errors === 1 ? 'error' : 'errors'}
                </span>
              ) : null}
            </td>
            <td>
              {t.slowest.name}{' '}
              <span className="muted">
                {formatDuration(Number(t.slowest.durationNs))}
                {t.slowest.service !== t.rootService ? ` · ${t.slowest.service}` : ''}
              </span>
            </td>
            <td className="num" title={t.services.join(', ')}>
              {t.spanCount}
              {t.services.length > 1 ? (
                <span className="muted"> · {t.services.length} services</span>
              ) : null}
            </td>
            <td className="mono muted-cell">{formatClock(nsToMs(t.startNs))}</td>
            <td
              className="num"
              title="Spans with samples of their own, and the slowest span's samples"
            >
              {t.profiledSpans > 0 ? (
                <>
                  {t.profiledSpans} of {t.spanCount} spans
                  {t.slowest.samples > 0 ? (
                    <>
                      {' '}
                      · {t.slowest.samples} <TierBadge tier={t.slowest.tier} />
                    </>
                  ) : null}
                </>
              ) : (
                <span className="muted">none</span>
              )}
            </td>
          </OpenableRow>
        ))}
      </tbody>
    </table>
  );
}
