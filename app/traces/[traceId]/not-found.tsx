'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { MessagePanel } from '@/components/feedback/message-panel';
import { AppHeader } from '@/components/layout/app-header';
import { traceQuery } from '@/components/queries/trace-query';
import { getSpanViewLink } from '@/components/url/span-view-url';

/**
 * `/traces/<id>?span=<id>` of a trace the store does not hold, or of a span the trace does not
 * have (HTTP 404). The ids are read off the link; whether the trace exists decides the message.
 */
export default function TraceNotFound() {
  const traceId = decodeURIComponent(usePathname().split('/').at(-1) ?? '').toLowerCase();
  const spanId = useSearchParams().get('span') ?? '';
  const trace = useQuery({ ...traceQuery(traceId), retry: false });
  const spanMissing = trace.isSuccess;
  const title = spanMissing ? 'Span not found' : 'Trace not found';
  return (
    <div className="app">
      <AppHeader title={<h1>{title}</h1>} />
      <div className="page-message">
        <MessagePanel
          tone="warning"
          title={title}
          actions={
            <>
              {/* A full load: the same path with another query keeps a client-side not-found. */}
              {spanMissing ? <a href={getSpanViewLink(traceId)}>Open the trace</a> : null}
              <Link href="/">Back to slow spans</Link>
            </>
          }
        >
          {spanMissing
            ? `Trace ${traceId} has no span ${spanId}: the link may name a span of another trace.`
            : `No spans of trace ${traceId} are stored. It may be older than the retention period, or not sent yet.`}
        </MessagePanel>
      </div>
    </div>
  );
}
