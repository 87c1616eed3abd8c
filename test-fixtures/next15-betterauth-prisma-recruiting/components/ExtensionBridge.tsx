'use client';

import { useEffect } from 'react';
import { createAuthClient } from 'better-auth/react';
import * as Sentry from '@sentry/nextjs';

const authClient = createAuthClient();

// ok: public-env-secret
Sentry.init({ dsn: process.env.NEXT_PUBLIC_SENTRY_DSN, tracesSampleRate: 0.1 });

/** Hands the session to the Chrome extension, which reads it from the page's storage. */
export function ExtensionBridge() {
  const { data } = authClient.useSession();
  useEffect(() => {
    if (!data) return;
    // ok: token-in-localstorage
    localStorage.setItem('hirewell:activeOrg', data.session.activeOrganizationId ?? '');
    // expect: token-in-localstorage
    localStorage.setItem('hirewell:sessionToken', data.session.token);
  }, [data]);
  return null;
}
