'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useCallback, useMemo } from 'react';
import type { TraceResponse } from '@/lib/contract/responses';
import { ApiError } from '../queries/api-error';
import { traceQuery } from '../queries/trace-query';
import { MessagePanel } from '../feedback/message-panel';
import { formatDuration } from '../format/format-duration';
import { ProfilePanel } from '../profile/profile-panel';
import { K8sContextPanel } from '../span/k8s-context-panel';
import { ShowSqlLink } from '../sql/show-sql-link';
import { SpanAttributes } from '../span/span-attributes';
import { SpanSummaryHeader } from '../span/span-summary-header';
import { parseSpanViewUrl, spanViewPatch, spanViewSlicePatch } from '../url/span-view-url';
import { useUrlParams } from '../url/use-url-params';
import { traceToWaterfall } from './trace-to-waterfall';
import { Waterfall } from './waterfall';

/**
 * One screen for one span: the trace's waterfall, the selected span's CPU profile, and its
 * Kubernetes context and attributes. Every choice is in the URL (span, scope, tier, q, zoom,
 * orientation); without `span=` the trace's root is shown.
 */
export function SpanView({
  traceId,
  stored,
}: {
  traceId: string;
  /** The trace as the page read it on the server: the view starts from it, not a second fetch. */
  stored?: TraceResponse | undefined;
}) {
  const { params, update } = useUrlParams();
  const view = useMemo(() => parseSpanViewUrl(params), [params]);
  const trace = useQuery({ ...traceQuery(traceId), initialData: stored });
  const waterfall = useMemo(() => traceToWaterfall(trace.data?.spans ?? []), [trace.data]);
  const select = useCallback(
    (spanId: string) => {
      // Another span's tiers and frames differ: its profile opens at the API's tier, unzoomed.
      update({
        ...spanViewPatch({ spanId, tier: undefined, zoom: [] }),
        ...spanViewSlicePatch(undefined),
      });
    },
    [update],
  );

  if (trace.isPending) return <div className="loading-block">Loading the trace…</div>;
  if (trace.isError) {
    const missing = trace.error instanceof ApiError && trace.error.status === 404;
    return (
      <div className="page-message">
        <MessagePanel
          tone={missing ? 'warning' : 'error'}
          title={missing ? 'Trace not found' : 'Could not load the trace'}
          actions={<Link href="/">Back to slow spans</Link>}
        >
          {missing
            ? `No spans of trace ${traceId} are stored. It may be older than the retention period, or not sent yet.`
            : trace.error.message}
        </MessagePanel>
      </div>
    );
  }

  const selectedId = view.malformedSpanId ? undefined : (view.spanId ?? waterfall.rootSpanId);
  const selected = trace.data.spans.find((s) => s.spanId === selectedId);
  const problem = view.malformedSpanId
    ? `The link names span "${view.malformedSpanId}", which is not a span id (16 hex characters).`
    : `Span ${selectedId ?? ''} is not part of this trace.`;
  const root = waterfall.rows[0]?.span;
  const services = new Set(trace.data.spans.map((s) => s.service)).size;

  return (
    <div className="span-view">
      <section className="panel waterfall-panel" aria-label="Trace waterfall">
        <div className="panel-header">
          <h2>{root?.name ?? 'Trace'}</h2>
          <span className="muted">
            {formatDuration(waterfall.totalNs)} · {trace.data.spans.length} spans · {services}{' '}
            {services === 1 ? 'service' : 'services'}
          </span>
          <span className="panel-header-end">
            <ShowSqlLink sql={trace.data.sql} />
          </span>
        </div>
        <Waterfall waterfall={waterfall} selectedSpanId={selected?.spanId} onSelect={select} />
      </section>
      {selected ? (
        <ProfilePanel traceId={traceId} span={selected} view={view} update={update} />
      ) : (
        <section className="panel profile-panel">
          <MessagePanel tone="warning" title="No span selected">
            {problem} Pick a span in the waterfall above.
          </MessagePanel>
        </section>
      )}
      <aside className="panel side-panel" aria-label="Selected span">
        {selected ? (
          <>
            <SpanSummaryHeader span={selected} />
            <div className="side-scroll">
              <K8sContextPanel traceId={traceId} spanId={selected.spanId} />
              <SpanAttributes span={selected} />
            </div>
          </>
        ) : (
          <p className="muted side-empty">Select a span to see its context.</p>
        )}
      </aside>
    </div>
  );
}
