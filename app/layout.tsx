import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Providers } from './providers';
// Plain CSS, no framework: shared styles here, component layout in CSS modules beside them.
import './styles/base.css';
import './styles/controls.css';
import './styles/tables.css';
import './styles/explorer.css';
import './styles/span-view.css';
import './styles/profile.css';
import './styles/sql.css';

export const metadata: Metadata = {
  title: 'traceprof',
  description: 'Click a slow span, see its flame graph and Kubernetes context.',
};

// Rendered per request, so every page's inline scripts carry that request's CSP nonce (Next.js
// reads it from the Content-Security-Policy request header that server/access sets).
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
