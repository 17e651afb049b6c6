import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { MessagePanel } from '@/components/feedback/message-panel';
import { AppHeader } from '@/components/layout/app-header';
import { CopyLinkButton } from '@/components/share/copy-link-button';
import { SpanView } from '@/components/trace/span-view';
import { TraceBreadcrumb } from '@/components/trace/trace-breadcrumb';
import { getSharedStore } from '@/lib/clickhouse/shared-store';
import type { TraceResponse } from '@/lib/contract/responses';
import { traceApi } from '@/lib/handlers/trace-handlers';
import { spanIdPattern, traceIdPattern } from '@/lib/traces/trace-ids';

interface TracePageProps {
  params: Promise<{ traceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: TracePageProps): Promise<Metadata> {
  const { traceId } = await params;
  return { title: `Trace ${traceId.slice(0, 8)} · traceprof` };
}

/** A link whose trace id is not one: say what is wrong with it instead of querying. */
function MalformedLink({ traceId, span }: { traceId: string; span: string | undefined }) {
  return (
    <div className="page-message">
      <MessagePanel
        tone="error"
        title="This link is malformed"
        actions={<Link href="/">Go to slow spans</Link>}
      >
        <ul className="problem-list">
          <li>
            <code>{traceId}</code> is not a trace id: a trace id is 32 hexadecimal characters.
          </li>
          {span !== undefined && !spanIdPattern.test(span) ? (
            <li>
              <code>{span}</code> is not a span id: a span id is 16 hexadecimal characters.
            </li>
          ) : null}
        </ul>
        <p>Check that the whole link was copied.</p>
      </MessagePanel>
    </div>
  );
}

/** `/traces/<traceId>?span=…`: the span view. Its state lives in the query string. */
export default async function TracePage({ params, searchParams }: TracePageProps) {
  const { traceId } = await params;
  const { span } = await searchParams;
  const valid = traceIdPattern.test(traceId);
  // A trace the store does not hold, or a span it does not have, is not found: HTTP 404 for the
  // browser and for link checkers alike (the not-found page says which).
  let stored: TraceResponse | undefined;
  if (valid) {
    const trace = await traceApi(await getSharedStore(), traceId);
    if (trace.status === 404) notFound();
    if (trace.status === 200 && !trace.download) stored = trace.body;
    const spanId = typeof span === 'string' && spanIdPattern.test(span) ? span.toLowerCase() : '';
    if (spanId && stored && !stored.spans.some((s) => s.spanId === spanId)) notFound();
  }
  return (
    <div className="app">
      <AppHeader
        title={
          valid ? (
            <Suspense fallback={null}>
              <TraceBreadcrumb traceId={traceId.toLowerCase()} />
            </Suspense>
          ) : (
            <h1>Malformed link</h1>
          )
        }
      >
        {valid ? (
          <Suspense fallback={null}>
            <CopyLinkButton />
          </Suspense>
        ) : null}
      </AppHeader>
      {valid ? (
        <Suspense fallback={<div className="loading-block">Loading the trace…</div>}>
          <SpanView traceId={traceId.toLowerCase()} stored={stored} />
        </Suspense>
      ) : (
        <MalformedLink traceId={traceId} span={typeof span === 'string' ? span : undefined} />
      )}
    </div>
  );
}
