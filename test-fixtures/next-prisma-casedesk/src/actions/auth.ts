'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/auth';

// the sign-in form posts here; Auth.js checks the password in the Credentials provider
// ok: missing-auth
// expect: missing-rate-limit
export async function signInAction(_prev: unknown, formData: FormData) {
  try {
    await signIn('credentials', { email: formData.get('email'), password: formData.get('password'), redirectTo: '/matters' });
  } catch (error) {
    if (error instanceof AuthError) return { error: 'Invalid email or password' };
    throw error;
  }
}

// ok: missing-auth, missing-rate-limit
export async function signOutAction() {
  await signOut({ redirectTo: '/login' });
}
