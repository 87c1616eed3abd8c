import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { LocaleSwitcher } from './components/LocaleSwitcher';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'Acme Analytics — product analytics for small teams',
  description: 'Dashboards, funnels and retention without the enterprise price tag.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <header className="site-header">
            <Link href="/">Acme Analytics</Link>
            <nav>
              <Link href="/pricing">Pricing</Link>
              <Link href="/login">Sign in</Link>
            </nav>
            <LocaleSwitcher />
          </header>
          {children}
          <footer className="site-footer">© Acme Analytics · v{process.env.APP_VERSION}</footer>
        </Providers>
      </body>
    </html>
  );
}
