'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { DurationCell, ServiceCell } from './span-cells';
import { functionSpansQuery, type FunctionSpan } from '../queries/function-spans-query';
import { MessagePanel } from '../feedback/message-panel';
import { formatPercent } from '../format/format-percent';
import { formatClock, nsToMs } from '../format/format-time';
import { ShowSqlLink } from '../sql/show-sql-link';
import type { ExplorerFilters } from '../url/explorer-filters';
import { getSpanViewLink } from '../url/span-view-url';

interface FunctionSpansPanelProps {
  /** The function name substring (`fn=`). */
  fn: string;
  filters: ExplorerFilters;
  /** The page's query string, carried into span links. */
  params: URLSearchParams;
  onClear: () => void;
}

function FunctionSpansTable({
  spans,
  hrefOf,
}: {
  spans: FunctionSpan[];
  hrefOf: (s: FunctionSpan) => string;
}) {
  const maxNs = Math.max(...spans.map((s) => Number(s.durationNs)), 1);
  return (
    <table className="data-table span-table function-spans-table">
      <thead>
        <tr>
          <th className="num">Duration</th>
          <th>Service</th>
          <th>Operation</th>
          <th>Start</th>
          <th className="num">Samples in the function</th>
        </tr>
      </thead>
      <tbody>
        {spans.map((s) => {
          const ns = Number(s.durationNs);
          return (
            <tr key={`${s.traceId}-${s.spanId}`} data-span-id={s.spanId}>
              <DurationCell ns={ns} maxNs={maxNs} />
              <ServiceCell service={s.service} />
              <td className="op-cell">
                <Link href={hrefOf(s)}>{s.name}</Link>
              </td>
              <td className="mono muted-cell">{formatClock(nsToMs(s.startNs))}</td>
              <td className="num share-cell" title={`${s.matching} of ${s.samples} samples`}>
                <span className="share-meter" aria-hidden="true">
                  <span style={{ width: `${100 * s.share}%` }} />
                </span>
                <strong>{formatPercent(s.matching, s.samples)}</strong>{' '}
                <span className="muted share-count">
                  {s.matching} of {s.samples}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The reverse lookup: the slowest spans whose samples contain a function, with the share of
 * their samples that do. A span opens with the function searched in its flame graph.
 */
export function FunctionSpansPanel({ fn, filters, params, onClear }: FunctionSpansPanelProps) {
  const found = useQuery(
    functionSpansQuery({ fn, range: filters.range, service: filters.service }),
  );
  const spans = found.data?.spans ?? [];
  let body;
  if (found.isError) {
    body = (
      <MessagePanel tone="error" title="The lookup failed">
        {found.error.message}
      </MessagePanel>
    );
  } else if (found.data && spans.length === 0) {
    body = (
      <MessagePanel tone="info" title="No span ran it">
        No span in this time range{filters.service ? ' and service' : ''} has profile samples with a
        function matching <code>{fn}</code>. Check the spelling, or widen the time range.
      </MessagePanel>
    );
  } else if (found.data) {
    body = (
      <div className="panel-scroll">
        <FunctionSpansTable
          spans={spans}
          hrefOf={(s) => getSpanViewLink(s.traceId, { spanId: s.spanId, q: fn }, params)}
        />
      </div>
    );
  } else {
    body = <div className="loading-block">Looking for spans that ran it…</div>;
  }
  return (
    <section className="panel table-panel" aria-label="Spans that ran the function">
      <div className="panel-header">
        <h2>
          Spans that ran <code>{fn}</code>
        </h2>
        <span className="muted">
          {found.data
            ? `${spans.length} ${spans.length === 1 ? 'span' : 'spans'}, slowest first`
            : ''}
        </span>
        <span className="panel-header-end">
          <ShowSqlLink sql={found.data?.sql} />
          <button type="button" className="btn btn-quiet" onClick={onClear}>
            Show all slow spans
          </button>
        </span>
      </div>
      {body}
    </section>
  );
}
