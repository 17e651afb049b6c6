import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { CopyLinkButton } from '@/components/share/copy-link-button';
import { SqlConsole } from '@/components/sql/sql-console';

export const metadata: Metadata = { title: 'SQL · traceprof' };

/** `/sql?q=…`: the SQL console. The query lives in the URL, so a link reruns it. */
export default function SqlPage() {
  return (
    <div className="app">
      <AppHeader title={<h1>SQL console</h1>}>
        <Suspense fallback={null}>
          <CopyLinkButton />
        </Suspense>
      </AppHeader>
      <Suspense fallback={<div className="loading-block">Loading…</div>}>
        <SqlConsole />
      </Suspense>
    </div>
  );
}
