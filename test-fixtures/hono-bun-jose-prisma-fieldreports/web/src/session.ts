const API = import.meta.env.VITE_API_URL;

export async function finishLogin(code: string) {
  const res = await fetch(`${API}/auth/exchange`, { method: 'POST', body: JSON.stringify({ code }), credentials: 'include' });
  const { accessToken } = (await res.json()) as { accessToken: string };
  // expect: token-in-localstorage
  localStorage.setItem('fr_access_token', accessToken);
  // ok: token-in-localstorage
  localStorage.setItem('fr_theme', 'dark');
  return accessToken;
}

export function hookPreview() {
  // expect: public-env-secret
  return import.meta.env.VITE_GITHUB_WEBHOOK_SECRET?.slice(0, 4);
}
