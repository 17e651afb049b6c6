import type { UseQueryResult } from '@tanstack/react-query';
import type { SpansResponse, TracesResponse } from '@/lib/contract/responses';
import { ShowSqlLink } from '../sql/show-sql-link';
import { explorerViewPatch, type ExplorerView } from '../url/explorer-filters';
import { getOperationProfileLink } from '../url/operation-profile-url';
import type { UrlPatch } from '../url/use-url-params';
import { Segmented } from '../form/segmented';

interface ExplorerSummaryProps {
  view: ExplorerView;
  /** The chosen service and operation, when both are: the operation profile is offered. */
  operation: { service: string; operation: string } | undefined;
  /** The explorer's URL parameters, carried to the operation profile. */
  params: URLSearchParams;
  spans: UseQueryResult<SpansResponse>;
  traces: UseQueryResult<TracesResponse>;
  onChange: (patch: UrlPatch) => void;
}

/** "Slowest N of M": how much of what matched the list shows, the spans/traces switch, its SQL. */
const listOptions = [
  { value: 'spans', label: 'Spans' },
  { value: 'traces', label: 'Traces' },
] as const satisfies readonly { value: ExplorerView; label: string }[];

export function ExplorerSummary({
  view,
  operation,
  params,
  spans,
  traces,
  onChange,
}: ExplorerSummaryProps) {
  const shown = view === 'traces' ? traces : spans;
  const data =
    view === 'traces'
      ? traces.data && {
          listed: traces.data.traces.length,
          matched: traces.data.matched,
          truncated: traces.data.truncated,
          profiled: traces.data.traces.filter((t) => t.profiledSpans > 0).length,
          sql: traces.data.sql,
        }
      : spans.data && {
          listed: spans.data.spans.length,
          matched: spans.data.matched,
          truncated: spans.data.truncated,
          profiled: spans.data.spans.filter((s) => s.samples > 0).length,
          sql: spans.data.sql,
        };
  const scanned = view === 'traces' ? traces.data?.scanned : spans.data?.scanned;
  const noun = (n: number) =>
    view === 'traces' ? (n === 1 ? 'trace' : 'traces') : n === 1 ? 'span' : 'spans';
  return (
    <div className="explorer-summary" aria-live="polite">
      <Segmented
        label="List"
        dataKey="view"
        options={listOptions}
        value={view}
        onChange={(v) => {
          onChange(explorerViewPatch(v));
        }}
      />
      {shown.isFetching ? (
        <span className="muted">Searching…</span>
      ) : data && scanned !== null && scanned !== undefined ? (
        <span data-testid="explorer-count">
          <strong>{data.listed}</strong> {noun(data.listed)} with profile samples among the{' '}
          {scanned.toLocaleString('en')} slowest of{' '}
          <strong>{data.matched.toLocaleString('en')}</strong> matching, slowest first
        </span>
      ) : data ? (
        <span data-testid="explorer-count">
          {data.truncated ? (
            <>
              Slowest <strong>{data.listed}</strong> of{' '}
              <strong>{data.matched.toLocaleString('en')}</strong> matching {noun(data.matched)}
            </>
          ) : (
            <>
              <strong>{data.listed}</strong> {noun(data.listed)}, slowest first
            </>
          )}{' '}
          · {data.profiled} of them with profile samples
        </span>
      ) : null}
      <span className="explorer-summary-actions">
        {operation ? (
          <a
            className="btn"
            href={getOperationProfileLink(operation, params)}
            title="The merged flame graph of every span of this operation in the range"
          >
            Operation profile
          </a>
        ) : null}
        <ShowSqlLink sql={data?.sql} />
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => {
            void spans.refetch();
            if (view === 'traces') void traces.refetch();
          }}
        >
          Refresh
        </button>
      </span>
    </div>
  );
}
