'use client';

export async function loadEmbedToken(orgId: string) {
  const res = await fetch('/api/embed-token', { method: 'POST', headers: { 'x-org-id': orgId } });
  const { token } = (await res.json()) as { token: string };
  // expect: token-in-localstorage
  localStorage.setItem('crm_embed_token', token);
  // ok: token-in-localstorage
  localStorage.setItem('crm_active_org', orgId);
  return token;
}
