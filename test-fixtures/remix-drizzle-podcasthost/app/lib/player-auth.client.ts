// the standalone web player keeps its listener token between visits
export async function signInListener(email: string) {
  const res = await fetch('/api/player-token', { method: 'POST', body: JSON.stringify({ email }) });
  const data = (await res.json()) as { token: string; expiresAt: string };
  // expect: token-in-localstorage
  localStorage.setItem('castbay_player_token', data.token);
  // ok: token-in-localstorage
  localStorage.setItem('castbay_player_token_expires_at', data.expiresAt);
  return data;
}
