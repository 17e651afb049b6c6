'use client';

import Link from 'next/link';
import { getExplorerLink } from '../url/explorer-filters';
import { useUrlParams } from '../url/use-url-params';

/** "Slow spans › Trace …": the way back keeps the explorer's filters from the URL. */
export function TraceBreadcrumb({ traceId }: { traceId: string }) {
  const { params } = useUrlParams();
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <Link href={getExplorerLink(params)}>Slow spans</Link>
      <span aria-hidden="true">›</span>
      <h1 className="mono" title={traceId}>
        Trace {traceId}
      </h1>
    </nav>
  );
}
