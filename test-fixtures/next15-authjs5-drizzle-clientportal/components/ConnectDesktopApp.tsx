'use client';

import { useState } from 'react';

export function ConnectDesktopApp() {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');

  async function connect() {
    const res = await fetch('/api/integrations/token', { method: 'POST' });
    const { token } = (await res.json()) as { token: string };
    // expect: token-in-localstorage
    localStorage.setItem('portal_api_token', token);
    // ok: token-in-localstorage
    localStorage.setItem('portal_last_connect', new Date().toISOString());
    setStatus('done');
  }

  return (
    <button onClick={connect} disabled={status === 'done'}>
      {status === 'done' ? 'Connected' : 'Connect desktop app'}
    </button>
  );
}
