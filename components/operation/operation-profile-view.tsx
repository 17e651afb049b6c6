'use client';

import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { MessagePanel } from '../feedback/message-panel';
import { FlameGraph } from '../flame-graph/flame-graph';
import { TopFunctionsTable } from '../flame-graph/top-functions-table';
import { formatDuration } from '../format/format-duration';
import { formatWeight } from '../format/format-weight';
import { operationProfileQuery } from '../queries/operation-profile-query';
import { ScopeSwitch } from '../profile/scope-switch';
import { ShowSqlLink } from '../sql/show-sql-link';
import { explorerFiltersFromParams, getExplorerLink } from '../url/explorer-filters';
import { operationViewPatch, parseOperationView } from '../url/operation-profile-url';
import { useUrlParams } from '../url/use-url-params';

/**
 * One operation's merged flame graph: every span of service + span name in the range, under the
 * explorer's Kubernetes filters, each span's samples at its best tier. What answers "where does
 * this endpoint spend its time" when each span is too short for more than a sample or two.
 */
export function OperationProfileView() {
  const { params, update } = useUrlParams();
  const filters = explorerFiltersFromParams(params);
  const { sampleType, scope, zoom, q } = parseOperationView(params);
  const onZoom = useCallback(
    (path: string[]) => {
      update(operationViewPatch({ zoom: path }), 'replace');
    },
    [update],
  );
  const profile = useQuery({
    ...operationProfileQuery(filters, sampleType, scope),
    enabled: filters.service !== '' && filters.operation !== '',
  });
  if (!filters.service || !filters.operation) {
    return (
      <MessagePanel tone="info" title="Pick an operation">
        Open an operation profile from a span (“Operation profile”) or from the explorer with a
        service and an operation chosen.
      </MessagePanel>
    );
  }
  const placement = [filters.namespace, filters.deployment, filters.pod].filter(Boolean);
  return (
    <section className="panel profile-panel operation-profile" aria-label="Operation profile">
      <div className="panel-header correlation-bar">
        <h2>
          {filters.service} · {filters.operation}
        </h2>
        {placement.length > 0 ? (
          <span className="muted">matching {placement.join(', ')}</span>
        ) : null}
        <ScopeSwitch
          scope={scope}
          of="operation"
          onChange={(next) => {
            update(operationViewPatch({ scope: next, zoom: [] }));
          }}
        />
        <span className="panel-header-end">
          <a className="btn" href={getExplorerLink(params)}>
            Spans of the explorer
          </a>
          <ShowSqlLink sql={profile.data?.sql} />
        </span>
      </div>
      {profile.isPending ? (
        <div className="loading-block">Merging the operation’s samples…</div>
      ) : profile.isError ? (
        <MessagePanel tone="error" title="Could not load the operation profile">
          {profile.error.message}
        </MessagePanel>
      ) : (
        <>
          <p className="diff-summary" role="status" data-testid="operation-summary">
            Merged from <strong>{profile.data.spans.used}</strong> of{' '}
            {profile.data.spans.matched.toLocaleString('en')} spans
            {profile.data.spans.used < profile.data.spans.matched ? ' (a fixed sample)' : ''},{' '}
            {profile.data.spans.withSamples} with samples
            {profile.data.spans.matched > 0
              ? `, ${formatDuration(profile.data.spans.minNs)}–${formatDuration(profile.data.spans.maxNs)}`
              : ''}
            : {formatWeight(profile.data.total, profile.data.unit)} in all
            {profile.data.spans.withSamples > 0
              ? `, ${formatWeight(profile.data.total / profile.data.spans.used, profile.data.unit)} a span`
              : ''}
            .
          </p>
          {profile.data.total === 0 ? (
            <MessagePanel tone="info" title="No samples">
              No span of this operation in the range has profile samples.
            </MessagePanel>
          ) : (
            <div className="profile-body">
              <div className="flame-area">
                <FlameGraph
                  tree={profile.data.tree}
                  unit={profile.data.unit}
                  orientation="flame"
                  search={q}
                  zoom={zoom}
                  onZoom={onZoom}
                />
              </div>
              <div className="top-functions-panel">
                <TopFunctionsTable
                  tree={profile.data.tree}
                  unit={profile.data.unit}
                  search={q}
                  onPick={(name) => {
                    update(operationViewPatch({ q: name }), 'replace');
                  }}
                />
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
