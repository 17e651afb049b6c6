'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const pages = [
  {
    href: '/',
    label: 'Slow spans',
    current: (path: string) => path === '/' || path.startsWith('/traces/'),
  },
  { href: '/sql', label: 'SQL', current: (path: string) => path === '/sql' },
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
