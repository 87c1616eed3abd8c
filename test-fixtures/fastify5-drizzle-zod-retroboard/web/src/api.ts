const API_URL = import.meta.env.VITE_API_URL;

export async function login(email: string, password: string): Promise<void> {
  const res = await fetch(`${API_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'include',
    body: JSON.stringify({ email, password }),
  });
  const { token } = await res.json();
  // expect: token-in-localstorage
  localStorage.setItem('retro.jwt', token);
}

export async function searchGifs(q: string) {
  // expect: public-env-secret
  const key = import.meta.env.VITE_GIPHY_ADMIN_SECRET;
  const res = await fetch(`https://gif-search.invalid/v1/search?q=${encodeURIComponent(q)}&key=${key}`);
  return res.json();
}
