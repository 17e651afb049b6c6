'use client';

import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import type { SpanSummary, TraceSummary } from '@/lib/contract/span-models';
import { servicesQuery } from '../queries/services-query';
import { spansQuery, tracesQuery } from '../queries/spans-query';
import { MessagePanel } from '../feedback/message-panel';
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
import { ExplorerSummary } from './explorer-summary';
import { TraceTable } from './trace-table';

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
  const traces = useQuery({
    ...tracesQuery(filters),
    enabled: hasData && fn === '' && filters.view === 'traces',
  });

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
  const traceHref = (t: TraceSummary): string => hrefOf(t.slowest);

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
            <ExplorerSummary
              view={filters.view}
              operation={
                filters.service && filters.operation
                  ? { service: filters.service, operation: filters.operation }
                  : undefined
              }
              params={params}
              spans={spans}
              traces={traces}
              onChange={update}
            />
            <section className="panel scatter-panel" aria-label="Latency over time">
              <div className="panel-header">
                <h2>Latency over time</h2>
                <span className="muted legend-note">
                  {spans.data
                    ? `all ${spans.data.matched.toLocaleString('en')} matching spans; dots: the ${list.length} slowest`
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
          <section
            className="panel table-panel"
            aria-label={filters.view === 'traces' ? 'Matching traces' : 'Matching spans'}
          >
            {filters.view === 'traces' ? (
              <ListBody
                query={traces}
                empty={traces.data?.traces.length === 0}
                what="traces"
                table={
                  traces.data ? (
                    <TraceTable
                      traces={traces.data.traces}
                      hrefOf={traceHref}
                      onOpen={(t) => {
                        open(t.slowest);
                      }}
                    />
                  ) : null
                }
              />
            ) : (
              <ListBody
                query={spans}
                empty={list.length === 0}
                what="spans"
                table={<SpanTable spans={list} hrefOf={hrefOf} onOpen={open} />}
              />
            )}
          </section>
        )}
      </main>
    </div>
  );
}

/** A list panel's body: its error, "nothing matches", the table, or a loading line. */
function ListBody({
  query,
  empty,
  what,
  table,
}: {
  query: UseQueryResult;
  empty: boolean;
  what: 'spans' | 'traces';
  table: ReactNode;
}) {
  if (query.isError) {
    return (
      <MessagePanel tone="error" title="The search failed">
        {query.error.message}
      </MessagePanel>
    );
  }
  if (!query.data) return <div className="loading-block">Loading {what}…</div>;
  if (empty) {
    return (
      <MessagePanel tone="info" title={`No ${what} match`}>
        Nothing in this time range matches the filters. Widen the time range or clear a filter.
      </MessagePanel>
    );
  }
  return <div className="panel-scroll">{table}</div>;
}
