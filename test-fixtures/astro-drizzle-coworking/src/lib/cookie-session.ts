import type { AstroCookies } from 'astro';
import { SESSION_COOKIE, readSessionToken, type SessionUser } from './session';

export async function userFromCookies(cookies: AstroCookies): Promise<SessionUser | null> {
  const token = cookies.get(SESSION_COOKIE)?.value;
  return token ? readSessionToken(token) : null;
}
