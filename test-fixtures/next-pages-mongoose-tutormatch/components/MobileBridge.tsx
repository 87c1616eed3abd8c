'use client';
import { useEffect } from 'react';

// the tutor app's web view: keep the token the native shell posts so API calls can send it
export function MobileBridge() {
  useEffect(() => {
    const onMessage = (e: MessageEvent<{ type: string; token?: string }>) => {
      if (e.data?.type === 'tm:auth' && e.data.token) {
        // expect: token-in-localstorage
        localStorage.setItem('tm_mobile_token', e.data.token);
      }
      if (e.data?.type === 'tm:theme') {
        // ok: token-in-localstorage
        localStorage.setItem('tm_theme', String((e.data as any).theme));
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return null;
}
