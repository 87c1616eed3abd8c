export async function signIn(email: string, password: string) {
  const res = await fetch('/api/login', { method: 'POST', body: JSON.stringify({ email, password }) });
  const data = await res.json();
  // expect: token-in-localstorage
  localStorage.setItem('accessToken', data.token);
  // ok: token-in-localstorage
  localStorage.setItem('theme', 'dark');
  // ok: token-in-localstorage
  sessionStorage.setItem('returnTo', window.location.pathname);
  return data;
}

const reloadSessionKey = 'shop.session-reloaded';

/** After a deploy, a stale chunk fails to load: reload once per browser session, never in a loop. */
export function reloadOnceForStaleChunk(): boolean {
  if (sessionStorage.getItem(reloadSessionKey)) return false;
  // ok: token-in-localstorage
  sessionStorage.setItem(reloadSessionKey, '1');
  window.location.reload();
  return true;
}
