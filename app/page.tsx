import { connection } from 'next/server';
import { Suspense } from 'react';
import { SendDataHowTo } from '@/components/explorer/send-data-how-to';
import { SpanExplorer } from '@/components/explorer/span-explorer';
import { TimeRangePicker } from '@/components/explorer/time-range-picker';
import { AppHeader } from '@/components/layout/app-header';
import { getSharedOtlpPorts } from '@/lib/clickhouse/shared-store';

/**
 * `/`: the slow-span explorer. Its filters live in the query string, read by the client parts.
 * Rendered per request, so the empty page names the ports this process actually bound.
 */
export default async function ExplorerPage() {
  await connection();
  return (
    <div className="app">
      <AppHeader title={<h1>Slow spans</h1>}>
        <Suspense fallback={null}>
          <TimeRangePicker />
        </Suspense>
      </AppHeader>
      <Suspense fallback={<div className="loading-block">Loading…</div>}>
        <SpanExplorer emptyState={<SendDataHowTo ports={getSharedOtlpPorts()} />} />
      </Suspense>
    </div>
  );
}
