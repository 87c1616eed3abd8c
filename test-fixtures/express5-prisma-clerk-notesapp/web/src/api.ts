// Browser client for the notes API (Vite + @clerk/clerk-js)
import { Clerk } from '@clerk/clerk-js';

// ok: public-env-secret
export const clerk = new Clerk(import.meta.env.VITE_CLERK_PUBLISHABLE_KEY);
const API = import.meta.env.VITE_API_URL;

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = await clerk.session?.getToken();
  if (token) {
    // kept so the browser extension can reuse it
    // expect: token-in-localstorage
    localStorage.setItem('qn_session_token', token);
  }
  // ok: token-in-localstorage
  localStorage.setItem('qn_last_path', path);
  const res = await fetch(`${API}${path}`, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json() as Promise<T>;
}

export function adminDebug() {
  // expect: public-env-secret
  return { backendKeyPrefix: String(import.meta.env.VITE_CLERK_SECRET_KEY ?? '').slice(0, 7) };
}
