'use server';

import { cookies } from 'next/headers';

// the login form keeps the address it sent a code to, for the "check your inbox" step
// ok: missing-rate-limit
export async function rememberLoginEmail(email: string) {
  const cookieStore = await cookies();
  cookieStore.set('lv_login_email', email, { httpOnly: true, secure: process.env.APP_URL?.startsWith('https:'), sameSite: 'lax', maxAge: 15 * 60 });
}
