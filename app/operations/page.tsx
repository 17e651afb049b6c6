import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { OperationProfileView } from '@/components/operation/operation-profile-view';
import { CopyLinkButton } from '@/components/share/copy-link-button';

export const metadata: Metadata = { title: 'Operation profile · traceprof' };

/** `/operations?service=…&operation=…`: one operation's merged flame graph, under the explorer's filters. */
export default function OperationProfilePage() {
  return (
    <div className="app">
      <AppHeader title={<h1>Operation profile</h1>}>
        <Suspense fallback={null}>
          <CopyLinkButton />
        </Suspense>
      </AppHeader>
      <Suspense fallback={<div className="loading-block">Loading…</div>}>
        <OperationProfileView />
      </Suspense>
    </div>
  );
}
