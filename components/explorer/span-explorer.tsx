'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import type { SpanSummary } from '@/lib/contract/span-models';
import { servicesQuery } from '../queries/services-query';
import { spansQuery } from '../queries/spans-query';
import { MessagePanel } from '../feedback/message-panel';
import { ShowSqlLink } from '../sql/show-sql-link';
import {
  explorerFiltersFromParams,
  functionSearchFromParams,
  functionSearchPatch,
} from '../url/explorer-filters';
import { getSpanViewLink } from '../url/span-view-url';
import { useUrlParams } from '../url/use-url-params';
import { ExplorerFiltersPanel } from './explorer-filters-panel';
import { FunctionSearchField } from './function-search-field';
import { FunctionSpansPanel } from './function-spans-panel';
import { LatencyScatter } from './latency-scatter';
import { SpanTable } from './span-table';

/**
 * The slow-span explorer: filters (URL) → spans query → scatter and table. An empty store shows
 * `emptyState` (a server-rendered how-to) instead.
 */
export function SpanExplorer({ emptyState }: { emptyState: ReactNode }) {
  const router = useRouter();
  const { params, update } = useUrlParams();
  const filters = explorerFiltersFromParams(params);
  const fn = functionSearchFromParams(params);
  const services = useQuery(servicesQuery());
  const hasData = (services.data?.services.length ?? 0) > 0;
  const spans = useQuery({ ...spansQuery(filters), enabled: hasData && fn === '' });

  if (services.isError) {
    return (
      <div className="page-message">
        <MessagePanel tone="error" title="The store did not answer">
          {services.error.message}
        </MessagePanel>
      </div>
    );
  }
  if (services.data && !hasData) return <div className="page-scroll">{emptyState}</div>;

  const hrefOf = (s: SpanSummary): string =>
    getSpanViewLink(s.traceId, { spanId: s.spanId }, params);
  const open = (s: SpanSummary): void => {
    router.push(hrefOf(s));
  };
  const list = spans.data?.spans ?? [];
  const profiled = list.filter((s) => s.samples > 0).length;

  return (
    <div className="explorer">
      <aside className="explorer-sidebar panel">
        <ExplorerFiltersPanel
          filters={filters}
          services={services.data?.services ?? []}
          onChange={update}
        />
        <FunctionSearchField
          value={fn}
          onCommit={(value) => {
            update(functionSearchPatch(value), 'replace');
          }}
        />
      </aside>
      <main className="explorer-main">
        {/* In function-search mode the panel below has its own header: nothing here may describe another list. */}
        {fn ? null : (
          <>
            <div className="explorer-summary" aria-live="polite">
              {spans.isFetching ? (
                <span className="muted">Searching…</span>
              ) : spans.data ? (
                <span data-testid="explorer-count">
                  {spans.data.truncated ? (
                    <>
                      Slowest <strong>{list.length}</strong> of{' '}
                      <strong>{spans.data.matched.toLocaleString('en')}</strong> matching spans
                    </>
                  ) : (
                    <>
                      <strong>{list.length}</strong> {list.length === 1 ? 'span' : 'spans'}, slowest
                      first
                    </>
                  )}{' '}
                  · {profiled} of them with profile samples
                </span>
              ) : null}
              <span className="explorer-summary-actions">
                <ShowSqlLink sql={spans.data?.sql} />
                <button
                  type="button"
                  className="btn btn-quiet"
                  onClick={() => void spans.refetch()}
                  disabled={!hasData}
                >
                  Refresh
                </button>
              </span>
            </div>
            <section className="panel scatter-panel" aria-label="Latency over time">
              <div className="panel-header">
                <h2>Latency over time</h2>
                <span className="muted legend-note">
                  {spans.data
                    ? `all ${spans.data.matched.toLocaleString('en')} matching spans; dots: the ${list.length} listed`
                    : ''}
                </span>
                <span className="legend">
                  <span className="legend-dot legend-dot-profiled" /> with samples
                  <span className="legend-dot legend-dot-unprofiled" /> without
                  <span className="legend-dot legend-dot-error" /> error
                </span>
              </div>
              {spans.data ? (
                <LatencyScatter latency={spans.data.latency} spans={list} onOpen={open} />
              ) : null}
            </section>
          </>
        )}
        {fn ? (
          <FunctionSpansPanel
            fn={fn}
            filters={filters}
            params={params}
            onClear={() => {
              update(functionSearchPatch(''));
            }}
          />
        ) : (
          <section className="panel table-panel" aria-label="Matching spans">
            {spans.isError ? (
              <MessagePanel tone="error" title="The search failed">
                {spans.error.message}
              </MessagePanel>
            ) : spans.data && list.length === 0 ? (
              <MessagePanel tone="info" title="No spans match">
                Nothing in this time range matches the filters. Widen the time range or clear a
                filter.
              </MessagePanel>
            ) : spans.data ? (
              <div className="panel-scroll">
                <SpanTable spans={list} hrefOf={hrefOf} onOpen={open} />
              </div>
            ) : (
              <div className="loading-block">Loading spans…</div>
            )}
          </section>
        )}
      </main>
    </div>
  );
}
