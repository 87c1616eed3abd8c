'use client';

import { useState } from 'react';

// ok: public-env-secret
const passwordSignInDisabled = process.env.NEXT_PUBLIC_DISABLE_EMAIL_PASSWORD_SIGNIN === 'true';
// ok: public-env-secret
const passkeys = process.env.NEXT_PUBLIC_ENABLE_PASSKEY_LOGIN === 'true';
// ok: public-env-secret
const minLength = Number(process.env.NEXT_PUBLIC_PASSWORD_MIN_LENGTH ?? 8);

export function SignInForm({ onSubmit }: { onSubmit: (email: string, password: string) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form onSubmit={(e) => (e.preventDefault(), onSubmit(email, password))}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      {!passwordSignInDisabled && <input type="password" minLength={minLength} value={password} onChange={(e) => setPassword(e.target.value)} />}
      {passkeys && <button type="button">Use a passkey</button>}
      {/* ok: public-env-secret */}
      <p>Questions about this request? {process.env.NEXT_PUBLIC_SIGNING_CONTACT_INFO}</p>
    </form>
  );
}
