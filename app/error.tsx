'use client';

import Link from 'next/link';
import { MessagePanel } from '@/components/feedback/message-panel';

/** Next.js's error boundary for pages: a bug shows a message and a way out, not a blank page. */
export default function PageError({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div className="page-message">
      <MessagePanel
        tone="error"
        title="Something went wrong while showing this page"
        actions={
          <>
            <button type="button" className="btn" onClick={reset}>
              Try again
            </button>
            <Link href="/">Go to slow spans</Link>
          </>
        }
      >
        <code>{error.message}</code>
      </MessagePanel>
    </div>
  );
}
