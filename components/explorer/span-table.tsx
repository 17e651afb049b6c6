'use client';

import Link from 'next/link';
import { DurationCell, OpenableRow, ServiceCell } from './span-cells';
import type { SpanSummary } from '@/lib/contract/span-models';
import { formatClock, nsToMs } from '../format/format-time';
import { TierBadge } from '../profile/tier-badge';

interface SpanTableProps {
  spans: readonly SpanSummary[];
  hrefOf: (span: SpanSummary) => string;
  onOpen: (span: SpanSummary) => void;
}

/** Matching spans, slowest first (the API's order); a click anywhere on a row opens the span. */
export function SpanTable({ spans, hrefOf, onOpen }: SpanTableProps) {
  const maxNs = Math.max(...spans.map((s) => Number(s.durationNs)), 1);
  return (
    <table className="data-table span-table">
      <thead>
        <tr>
          <th className="num">Duration</th>
          <th>Service</th>
          <th>Operation</th>
          <th>Pod</th>
          <th>Start</th>
          <th className="num">Profile samples</th>
        </tr>
      </thead>
      <tbody>
        {spans.map((s) => {
          const ns = Number(s.durationNs);
          return (
            <OpenableRow
              key={`${s.traceId}-${s.spanId}`}
              spanId={s.spanId}
              onOpen={() => {
                onOpen(s);
              }}
            >
              <DurationCell ns={ns} maxNs={maxNs} />
              <ServiceCell service={s.service} />
              <td className="op-cell">
                <Link href={hrefOf(s)}>{s.name}</Link>
                {s.statusCode === 'Error' ? <span className="badge badge-error">error</span> : null}
              </td>
              <td className="mono muted-cell" title={s.namespace ? `namespace ${s.namespace}` : ''}>
                {s.pod || '–'}
              </td>
              <td className="mono muted-cell">{formatClock(nsToMs(s.startNs))}</td>
              <td className="num">
                {s.samples > 0 ? (
                  <>
                    {s.samples} <TierBadge tier={s.tier} />
                  </>
                ) : (
                  <span className="muted">none</span>
                )}
              </td>
            </OpenableRow>
          );
        })}
      </tbody>
    </table>
  );
}
