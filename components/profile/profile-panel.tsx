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
import { SampleTypeSwitch } from './sample-type-switch';
import { TimeBreakdown } from './time-breakdown';
import { DiffPanel } from './diff-panel';
import { getOperationProfileLink } from '../url/operation-profile-url';
import { sampleTypeLabel } from './sample-type-label';

interface ProfilePanelProps {
  traceId: string;
  span: TraceSpan;
  view: SpanViewState;
  update: (patch: UrlPatch, mode?: 'push' | 'replace') => void;
}

/** The selected span's profile: its sample type, how it was matched, its coverage, the flame graph. */
export function ProfilePanel({ traceId, span, view, update }: ProfilePanelProps) {
  const { params } = useUrlParams();
  const slice = useMemo(() => parseSpanViewSlice(params), [params]);
  const profile = useQuery(
    spanProfileQuery({
      traceId,
      spanId: span.spanId,
      scope: view.scope,
      tier: view.tier,
      sampleType: view.sampleType,
      slice,
    }),
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

  const shownType = profile.data?.sampleTypes.find((t) => t.name === profile.data.sampleType);
  const offCpuType = profile.data?.sampleTypes.find(
    (t) => t.kind === 'off-cpu' && t.name !== profile.data.sampleType,
  );
  const heading = shownType ? sampleTypeLabel(shownType.kind, shownType.name) : 'CPU';

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
    <section className="panel profile-panel" aria-label={`${heading} profile`}>
      <div className="panel-header correlation-bar">
        <h2>{heading} profile</h2>
        <SampleTypeSwitch
          offers={profile.data?.sampleTypes}
          shown={profile.data?.sampleType}
          onChange={(sampleType) => {
            update(spanViewPatch({ sampleType, zoom: [] }));
          }}
        />
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
          <button
            type="button"
            className="btn"
            aria-pressed={view.compare !== undefined}
            title="A differential flame graph of this span against typical spans of its operation"
            onClick={() => {
              update(spanViewPatch({ compare: view.compare ? undefined : 'cohort', zoom: [] }));
            }}
          >
            Compare with typical
          </button>
          <a
            className="btn"
            href={getOperationProfileLink(
              {
                service: span.service,
                operation: span.name,
                ...(profile.data ? { scope: profile.data.scope } : {}),
              },
              operationWindow(span),
            )}
            title="The merged flame graph of every span of this operation"
          >
            Operation profile
          </a>
          <ShowSqlLink sql={profile.data?.sql} />
        </span>
      </div>
      {profile.data && profile.data.emptyScopes.length > 0 && profile.data.total > 0 ? (
        <ScopeFallbackNote shown={profile.data.scope} />
      ) : null}
      {profile.data ? (
        <TimeBreakdown
          traceId={traceId}
          spanId={span.spanId}
          scope={profile.data.scope}
          tier={profile.data.tier === 'none' ? undefined : profile.data.tier}
          onShowOffCpu={
            offCpuType
              ? () => {
                  update(spanViewPatch({ sampleType: offCpuType.name, zoom: [] }));
                }
              : undefined
          }
        />
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
          sampleType={profile.data?.sampleType}
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
      {view.compare && profile.data ? (
        <DiffPanel
          traceId={traceId}
          spanId={span.spanId}
          scope={profile.data.scope}
          baseline={view.compare}
          target={view.compareTarget}
          sampleType={profile.data.sampleType || undefined}
          orientation={view.orientation}
          zoom={view.zoom}
          onZoom={onZoom}
          onChange={(change) => {
            update(
              spanViewPatch({
                ...(change.baseline ? { compare: change.baseline } : {}),
                ...(change.target ? { compareTarget: change.target } : {}),
                zoom: [],
              }),
            );
          }}
        />
      ) : (
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
      )}
    </section>
  );
}

/** The operation profile a span links to: an hour either side of it, in its deployment. */
function operationWindow(span: TraceSpan): URLSearchParams {
  const startMs = Number(BigInt(span.startNs) / 1_000_000n);
  const endMs = startMs + Number(BigInt(span.durationNs) / 1_000_000n);
  const out = new URLSearchParams({
    from: String(startMs - 3_600_000),
    to: String(endMs + 3_600_000),
  });
  const deployment = span.resource['k8s.deployment.name'];
  if (deployment) out.set('deployment', deployment);
  return out;
}
