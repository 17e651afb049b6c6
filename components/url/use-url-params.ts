'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';

/** Keys to set; '' or undefined removes the key. */
export type UrlPatch = Record<string, string | undefined>;

/**
 * The query string as view state. Updates go through the History API, which Next.js folds into
 * its router (useSearchParams re-renders) without a server round trip. `push` for choices the
 * Back button should undo (span, scope, tier), `replace` for typing and zooming.
 */
export function useUrlParams(): {
  params: URLSearchParams;
  update: (patch: UrlPatch, mode?: 'push' | 'replace') => void;
} {
  const readonly = useSearchParams();
  const update = useCallback((patch: UrlPatch, mode: 'push' | 'replace' = 'push') => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    const query = next.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);
  const params = useMemo(() => new URLSearchParams(readonly.toString()), [readonly]);
  return { params, update };
}
