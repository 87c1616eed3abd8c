// Runs in the browser: remembers the partner's last workspace for the login page.
import { getCookie, setCookie } from 'tiny-cookie';

export function rememberWorkspace(slug: string) {
  // ok: insecure-cookie
  setCookie('session_workspace', slug, { expires: '30D', path: '/' });
}

export function lastWorkspace(): string | null {
  return getCookie('session_workspace');
}
