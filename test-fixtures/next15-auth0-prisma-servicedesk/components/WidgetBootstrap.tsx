'use client';

import { useEffect } from 'react';

type Props = { accessToken: string; theme: 'light' | 'dark' };

// hands the agent's API token to the embedded chat widget
export function WidgetBootstrap({ accessToken, theme }: Props) {
  useEffect(() => {
    // expect: token-in-localstorage
    localStorage.setItem('sd_access_token', accessToken);
    // ok: token-in-localstorage
    localStorage.setItem('sd_theme', theme);
  }, [accessToken, theme]);
  return null;
}
