'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { auth } from '@/lib/auth';

const SignIn = z.object({ email: z.string().email(), password: z.string().min(8) });

// ok: missing-auth
// expect: missing-rate-limit
export async function signInAction(_prev: unknown, formData: FormData) {
  const parsed = SignIn.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: 'Invalid email or password' };
  try {
    await auth.api.signInEmail({ body: parsed.data });
  } catch (e) {
    // expect: error-details-leak
    return { error: (e as Error).message };
  }
  redirect('/invoices');
}
