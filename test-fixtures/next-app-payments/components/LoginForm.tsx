'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';

export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
    });
    if (!res.ok) return setError('Invalid email or password');
    const data = await res.json();
    if (data.apiToken) {
      // expect: token-in-localstorage
      window.localStorage.setItem('paydesk_api_token', data.apiToken);
      // ok: token-in-localstorage
      window.localStorage.setItem('paydesk_api_token_expires_at', String(data.apiTokenExpiresAt));
    }
    router.push('/dashboard');
  }

  return (
    <form onSubmit={onSubmit}>
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      {error && <p role="alert">{error}</p>}
      <button type="submit">Sign in</button>
    </form>
  );
}
