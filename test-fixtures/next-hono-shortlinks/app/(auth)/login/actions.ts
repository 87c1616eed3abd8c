'use server';

import { cookies } from 'next/headers';

// remembers the address a magic link was sent to, for the "check your inbox" step of the sign-in form
// (a cookie setter has nothing to guess, but its folder makes it a login route for the limiter)
// ok: missing-auth
// expect: missing-rate-limit
export async function setSignInEmail(email: string) {
  const jar = await cookies();
  jar.set('signin-email', email, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: 10 * 60 });
}
