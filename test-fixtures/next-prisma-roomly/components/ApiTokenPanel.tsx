'use client';

import { useState } from 'react';

export function ApiTokenPanel() {
  const [token, setToken] = useState<string | null>(null);

  async function generate() {
    const res = await fetch('/api/rooms/token', { method: 'POST' });
    const json = await res.json();
    setToken(json.token);
    // expect: token-in-localstorage
    sessionStorage.setItem('roomly_api_token', json.token);
  }

  return (
    <section>
      <button onClick={generate}>Generate API token</button>
      {token && <code>{token}</code>}
    </section>
  );
}
