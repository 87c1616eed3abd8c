'use client';

import posthog from 'posthog-js';
import { useEffect } from 'react';

export function Analytics() {
  useEffect(() => {
    // the project API key is meant for browsers: it can only send events
    // ok: public-env-secret
    posthog.init(process.env.NEXT_PUBLIC_POSTHOG_API_KEY ?? '', { api_host: 'https://eu.i.posthog.com' });
  }, []);
  return null;
}

// a personal API key reads every project's data: it must never reach the browser
// expect: public-env-secret
export const insightsKey = process.env.NEXT_PUBLIC_POSTHOG_PERSONAL_API_KEY;
