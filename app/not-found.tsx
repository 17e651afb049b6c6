import Link from 'next/link';
import { MessagePanel } from '@/components/feedback/message-panel';

/** Any unknown path. */
export default function NotFound() {
  return (
    <div className="page-message">
      <MessagePanel
        tone="warning"
        title="Page not found"
        actions={<Link href="/">Go to slow spans</Link>}
      >
        traceprof has the slow-span explorer at <code>/</code> and span views at{' '}
        <code>/traces/&lt;trace id&gt;?span=&lt;span id&gt;</code>.
      </MessagePanel>
    </div>
  );
}
