const API = import.meta.env.VITE_API_URL;

export async function login(email: string, password: string) {
  const res = await fetch(`${API}/api/auth/login`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error('login failed');
  const data: { token: string; role: string } = await res.json();
  // expect: token-in-localstorage
  localStorage.setItem('invoices.jwt', data.token);
  // ok: token-in-localstorage
  localStorage.setItem('invoices.lastLogin', new Date().toISOString());
  return data.role;
}

export function setTheme(theme: 'light' | 'dark') {
  // ok: token-in-localstorage
  localStorage.setItem('invoices.theme', theme);
}

export function authHeader() {
  return { Authorization: `Bearer ${localStorage.getItem('invoices.jwt') ?? ''}` };
}
