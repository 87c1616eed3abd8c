import { deleteCookie, getCookie, setCookie } from 'vinxi/http';
import { z } from 'zod';

const SESSION_COOKIE = 'portal_session';
const PREVIEW_COOKIE = 'portal_preview_token';

const ExchangeResponse = z.object({ data: z.object({ accessToken: z.string(), previewToken: z.string() }) });

/** Exchanges the one-time code from the partner's e-mail for a session (the request is implied: vinxi's helpers read it). */
export async function exchangeCode(code: string): Promise<boolean> {
  const res = await fetch(`${process.env.AUTH_API_URL}/exchange`, { method: 'POST', body: JSON.stringify({ code }) });
  const parsed = ExchangeResponse.safeParse(await res.json());
  if (!parsed.success) return false;
  // ok: insecure-cookie
  setCookie(SESSION_COOKIE, parsed.data.data.accessToken, {
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'strict',
    path: '/',
    maxAge: 60 * 60 * 8,
  });
  // the preview iframe's script reads this one
  // expect: insecure-cookie
  setCookie(PREVIEW_COOKIE, parsed.data.data.previewToken, { path: '/preview', maxAge: 600 });
  return true;
}

export function currentSession(): string | undefined {
  return getCookie(SESSION_COOKIE);
}

export function endSession(): void {
  deleteCookie(SESSION_COOKIE);
}
