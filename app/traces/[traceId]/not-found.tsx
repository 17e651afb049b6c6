'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { MessagePanel } from '@/components/feedback/message-panel';
import { AppHeader } from '@/components/layout/app-header';

/** `/traces/<id>` of a trace the store does not hold (HTTP 404); the id is read off the path. */
export default function TraceNotFound() {
  const traceId = decodeURIComponent(usePathname().split('/').at(-1) ?? '');
  return (
    <div className="app">
      <AppHeader title={<h1>Trace not found</h1>} />
      <div className="page-message">
        <MessagePanel
          tone="warning"
          title="Trace not found"
          actions={<Link href="/">Back to slow spans</Link>}
        >
          No spans of trace {traceId} are stored. It may be older than the retention period, or not
          sent yet.
        </MessagePanel>
      </div>
    </div>
  );
}
