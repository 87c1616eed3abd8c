'use server';

import { cookies } from 'next/headers';

// remembers the address a magic link was sent to, for the "check your inbox" step of the sign-in form
// (a cookie setter has nothing to guess: its folder makes it the sign-in form's, not a login the limiter must guard)
// ok: missing-auth
// ok: missing-rate-limit
export async function setSignInEmail(email: string) {
  const jar = await cookies();
  jar.set('signin-email', email, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: 10 * 60 });
}
