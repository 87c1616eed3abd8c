// Runs in the front-desk tablet's browser.
export async function signInKiosk(email: string, pin: string) {
  const res = await fetch('/api/kiosk/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, pin }),
  });
  if (!res.ok) throw new Error('Sign-in failed');
  const { token } = (await res.json()) as { token: string };
  // expect: token-in-localstorage
  localStorage.setItem('kiosk_token', token);
  return token;
}

export function rememberLastEmail(email: string) {
  // ok: token-in-localstorage
  localStorage.setItem('kiosk_last_email', email);
}
