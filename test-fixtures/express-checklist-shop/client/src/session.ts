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
