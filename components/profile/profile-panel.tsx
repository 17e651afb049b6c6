'use client';

import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { TraceSpan } from '@/lib/contract/span-models';
import { spanProfileQuery } from '../queries/span-profile-query';
import { MessagePanel } from '../feedback/message-panel';
import { FlameGraph } from '../flame-graph/flame-graph';
import { FlameToolbar } from '../flame-graph/flame-toolbar';
import { FrameTypeLegend } from '../flame-graph/frame-type-legend';
import { frameTypesIn, searchShare } from '../flame-graph/flame-tree-stats';
import { TopFunctionsTable } from '../flame-graph/top-functions-table';
import {
  parseSpanViewSlice,
  spanViewPatch,
  spanViewSlicePatch,
  type SpanViewState,
} from '../url/span-view-url';
import { useUrlParams, type UrlPatch } from '../url/use-url-params';
import { CoverageMeter, type CoverageStatus } from './coverage-meter';
import { ShowSqlLink } from '../sql/show-sql-link';
import { NoSamples } from './no-samples';
import { ProfileDownloads } from './profile-downloads';
import { ScopeFallbackNote, ScopeSwitch } from './scope-switch';
import { ThreadStrip } from './thread-strip';
import { TierPicker } from './tier-picker';

interface ProfilePanelProps {
  traceId: string;
  span: TraceSpan;
  view: SpanViewState;
  update: (patch: UrlPatch, mode?: 'push' | 'replace') => void;
}

/** The selected span's CPU profile: how it was matched, its coverage, the flame graph. */
export function ProfilePanel({ traceId, span, view, update }: ProfilePanelProps) {
  const { params } = useUrlParams();
  const slice = useMemo(() => parseSpanViewSlice(params), [params]);
  const profile = useQuery(
    spanProfileQuery({ traceId, spanId: span.spanId, scope: view.scope, tier: view.tier, slice }),
  );
  const tree = profile.data?.tree;
  const frameTypes = useMemo(() => (tree ? frameTypesIn(tree) : []), [tree]);
  const match = useMemo(
    () => (tree && view.q ? searchShare(tree, view.q) : { value: 0, frames: 0 }),
    [tree, view.q],
  );
  const onZoom = useCallback(
    (path: string[]) => {
      update(spanViewPatch({ zoom: path }), 'replace');
    },
    [update],
  );
  const status: CoverageStatus = profile.isPending
    ? { state: 'loading' }
    : profile.isError
      ? { state: 'error', message: profile.error.message }
      : {
          state: 'ready',
          coverage: profile.data.coverage,
          durationNs: Number(span.durationNs),
        };

  let body;
  if (profile.isPending) body = <div className="loading-block">Loading the flame graph…</div>;
  else if (profile.isError) {
    body = (
      <MessagePanel tone="error" title="Could not load the profile">
        {profile.error.message}
      </MessagePanel>
    );
  } else if (profile.data.total === 0) {
    body = <NoSamples profile={profile.data} durationNs={Number(span.durationNs)} />;
  } else {
    body = (
      <FlameGraph
        tree={profile.data.tree}
        unit={profile.data.unit}
        orientation={view.orientation}
        search={view.q}
        zoom={view.zoom}
        onZoom={onZoom}
      />
    );
  }

  return (
    <section className="panel profile-panel" aria-label="CPU profile">
      <div className="panel-header correlation-bar">
        <h2>CPU profile</h2>
        <ScopeSwitch
          scope={view.scope === 'nearest' ? profile.data?.scope : view.scope}
          onChange={(scope) => {
            update(spanViewPatch({ scope, zoom: [] }));
          }}
        />
        <TierPicker
          profile={profile.data}
          requested={view.tier}
          onChoose={(tier) => {
            update(spanViewPatch({ tier, zoom: [] }));
          }}
        />
        <span className="panel-header-end">
          <ShowSqlLink sql={profile.data?.sql} />
        </span>
      </div>
      {profile.data && profile.data.emptyScopes.length > 0 && profile.data.total > 0 ? (
        <ScopeFallbackNote shown={profile.data.scope} />
      ) : null}
      <div className="profile-toolbar">
        <CoverageMeter status={status} />
        <FlameToolbar
          search={view.q}
          onSearch={(q) => {
            update(spanViewPatch({ q }), 'replace');
          }}
          match={{ ...match, total: tree?.value ?? 0 }}
          zoomed={view.zoom.length > 0}
          onResetZoom={() => {
            update(spanViewPatch({ zoom: [] }), 'replace');
          }}
          orientation={view.orientation}
          onOrientation={(o) => {
            update(spanViewPatch({ orientation: o }), 'replace');
          }}
        />
        <ProfileDownloads
          traceId={traceId}
          spanId={span.spanId}
          scope={profile.data?.scope ?? (view.scope === 'nearest' ? 'span' : view.scope)}
          tier={
            profile.data && profile.data.tier !== 'none' && profile.data.total > 0
              ? profile.data.tier
              : undefined
          }
          slice={slice}
        />
      </div>
      <ThreadStrip
        traceId={traceId}
        span={span}
        scope={view.scope}
        tier={view.tier}
        slice={slice}
        onSlice={(next, mode) => {
          update(spanViewSlicePatch(next), mode);
        }}
      />
      <div className="profile-body">
        <div className="flame-area">{body}</div>
        {profile.data && profile.data.total > 0 ? (
          <div className="top-functions-panel">
            <FrameTypeLegend frameTypes={frameTypes} />
            <TopFunctionsTable
              tree={profile.data.tree}
              unit={profile.data.unit}
              search={view.q}
              onPick={(name) => {
                update(spanViewPatch({ q: name }), 'replace');
              }}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
