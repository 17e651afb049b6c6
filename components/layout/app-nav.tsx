'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { isSpanViewPath } from '../url/span-view-url';
import { sqlConsolePath } from '../url/sql-console-state';

const pages = [
  {
    href: '/',
    label: 'Slow spans',
    current: (path: string) => path === '/' || isSpanViewPath(path),
  },
  { href: sqlConsolePath, label: 'SQL', current: (path: string) => path === sqlConsolePath },
];

/** The app's pages, the current one marked. */
export function AppNav() {
  const path = usePathname();
  return (
    <nav className="app-nav" aria-label="Pages">
      {pages.map((p) => (
        <Link key={p.href} href={p.href} aria-current={p.current(path) ? 'page' : undefined}>
          {p.label}
        </Link>
      ))}
    </nav>
  );
}
