'use server';

import { cookies } from 'next/headers';

// the localized sign-up page keeps the address the confirmation code went to, for the next step of the form
// (it only keeps the address in the caller's own cookie: nothing to guess, no mail sent)
// ok: missing-auth
// ok: missing-rate-limit
export async function storeVerificationEmail(email: string) {
  const jar = await cookies();
  jar.set('verification-email', email, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: 30 * 60 });
}
