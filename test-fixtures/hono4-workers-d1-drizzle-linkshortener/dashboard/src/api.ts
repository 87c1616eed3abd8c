const API = import.meta.env.VITE_API_URL;

export async function login(email: string, password: string) {
  const res = await fetch(`${API}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'include',
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error('login failed');
  const { token } = await res.json();
  // expect: token-in-localstorage
  localStorage.setItem('shortly_token', token);
  return token;
}

export function setTheme(theme: 'light' | 'dark') {
  // ok: token-in-localstorage
  localStorage.setItem('shortly_theme', theme);
}

export async function adminWorkspaces() {
  const res = await fetch(`${API}/admin/workspaces`, {
    // expect: public-env-secret
    headers: { Authorization: `Bearer ${import.meta.env.VITE_SHORTLY_ADMIN_TOKEN}` },
  });
  return res.json();
}

export async function api(path: string, init: RequestInit = {}) {
  const token = localStorage.getItem('shortly_token');
  return fetch(`${API}${path}`, { ...init, headers: { ...(init.headers ?? {}), Authorization: `Bearer ${token}` } });
}
