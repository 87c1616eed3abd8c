'use client';

import { createAuthClient } from 'better-auth/react';
import { useState } from 'react';

const authClient = createAuthClient();

// ok: public-env-secret
const ssoEnabled = process.env.NEXT_PUBLIC_ENABLE_SSO_LOGIN === 'true';
// ok: public-env-secret
const minLength = Number(process.env.NEXT_PUBLIC_PASSWORD_MIN_LENGTH ?? 10);

export function SignInForm() {
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(form: FormData) {
    const password = String(form.get('password'));
    if (password.length < minLength) return setError(`At least ${minLength} characters`);
    const { data, error } = await authClient.signIn.email({ email: String(form.get('email')), password });
    if (error) return setError(error.message ?? 'Sign-in failed');
    // ok: token-in-localstorage
    localStorage.setItem('hirewell:lastEmail', data.user.email);
    window.location.href = '/dashboard';
  }
  return (
    <form action={onSubmit}>
      <input name="email" type="email" />
      <input name="password" type="password" />
      {ssoEnabled ? <a href="/api/auth/sign-in/sso">Use SSO</a> : null}
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}
