'use client';

import { useState } from 'react';

export default function KioskLogin() {
  const [error, setError] = useState('');

  async function pair() {
    const res = await fetch('/api/kiosk/session', {
      method: 'POST',
      // expect: public-env-secret
      headers: { 'x-kiosk-key': process.env.NEXT_PUBLIC_KIOSK_SECRET ?? '' },
    });
    if (!res.ok) return setError('Pairing failed');
    const { ok } = await res.json();
    // ok: token-in-localstorage
    localStorage.setItem('kioskPairedAt', new Date().toISOString());
    if (ok) window.location.href = '/lobby';
  }

  return (
    <div>
      <button onClick={pair}>Pair this tablet</button>
      {error && <p>{error}</p>}
    </div>
  );
}
