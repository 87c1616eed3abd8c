'use client';

import { useState } from 'react';

export function MobileHandoff() {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');

  async function handoff() {
    const res = await fetch('/api/mobile/session', { method: 'POST' });
    const { apiToken } = (await res.json()) as { apiToken: string };
    // expect: token-in-localstorage
    window.localStorage.setItem('claims.apiToken', apiToken);
    setStatus('done');
  }

  return <button onClick={handoff}>{status === 'done' ? 'Open the app' : 'Continue on phone'}</button>;
}
