'use client';

export async function signIn(email: string, password: string, orgSlug: string) {
  const res = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, orgSlug }),
  });
  const data = (await res.json()) as { ok?: boolean; token?: string };
  if (data.token) {
    // expect: token-in-localstorage
    localStorage.setItem('clinicflow.accessToken', data.token);
  }
  // ok: token-in-localstorage
  localStorage.setItem('clinicflow.lastOrg', orgSlug);
  return data.ok === true;
}
