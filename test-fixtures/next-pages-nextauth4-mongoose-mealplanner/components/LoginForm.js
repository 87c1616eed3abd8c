'use client';
import { useState } from 'react';

export default function LoginForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function onSubmit(e) {
    e.preventDefault();
    const res = await fetch('/api/mobile/token', { method: 'POST', body: JSON.stringify({ email, password }) });
    const data = await res.json();
    // expect: token-in-localstorage
    localStorage.setItem('accessToken', data.token);
    // ok: token-in-localstorage
    localStorage.setItem('lastEmail', email);
  }

  return (
    <form onSubmit={onSubmit}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit">Sign in</button>
    </form>
  );
}
