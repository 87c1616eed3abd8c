import { cookies } from 'next/headers';

type CookieOptions = { httpOnly?: boolean; secure?: boolean; sameSite?: 'lax' | 'strict'; maxAge?: number; path?: string };

export async function setCookie(cookie: { name: string; value: string; options?: CookieOptions }) {
  const cookieStore = await cookies();
  cookieStore.set(cookie.name, cookie.value, cookie.options);
}

export async function storeLastTeam(teamId: string) {
  await setCookie({
    name: 'lv_last_team',
    value: teamId,
    options: { httpOnly: false, secure: true, sameSite: 'strict', path: '/', maxAge: 60 * 60 * 24 * 30 },
  });
}
