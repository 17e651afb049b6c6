import Link from 'next/link';
import type { ReactNode } from 'react';
import { AppNav } from './app-nav';

/**
 * The top bar of every page: the product name (home link), the page's title, its actions, and
 * the links to the app's pages.
 */
export function AppHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <header className="app-header">
      <Link href="/" className="brand" aria-label="traceprof home">
        <span className="brand-mark" aria-hidden="true" />
        traceprof
      </Link>
      <div className="app-header-title">{title}</div>
      <div className="app-header-actions">{children}</div>
      <AppNav />
    </header>
  );
}
