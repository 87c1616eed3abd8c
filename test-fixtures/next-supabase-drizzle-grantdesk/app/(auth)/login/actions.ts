'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createClient } from '@/lib/supabase/server';
import { authRatelimit } from '@/lib/ratelimit';
import { logger } from '@/lib/logger';

const Credentials = z.object({
  email: z.string().email(),
  password: z.string().min(8).max(200),
});

const SignUp = Credentials.extend({ fullName: z.string().min(1).max(120) });

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
export async function login(formData: FormData) {
  const parsed = Credentials.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: 'Enter your email and password' };
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword(parsed.data);
  if (error) {
    // expect: token-logging
    logger.warn({ form: Object.fromEntries(formData), reason: error.code }, 'sign-in failed');
    return { error: 'Invalid email or password' };
  }
  redirect('/dashboard');
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function signup(formData: FormData) {
  const ip = (await headers()).get('x-forwarded-for') ?? 'anonymous';
  const { success } = await authRatelimit.limit(`signup:${ip}`);
  if (!success) return { error: 'Too many attempts, try again in a minute' };
  const parsed = SignUp.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: 'Check the form' };
  const supabase = await createClient();
  const { error } = await supabase.auth.signUp({
    email: parsed.data.email,
    password: parsed.data.password,
    options: { data: { full_name: parsed.data.fullName } },
  });
  // ok: error-details-leak
  if (error) return { error: 'Could not create your account' };
  // ok: token-logging
  logger.info({ email: parsed.data.email }, 'signup');
  redirect('/check-email');
}

// ok: missing-auth, missing-rate-limit
export async function requestPasswordReset(formData: FormData) {
  const ip = (await headers()).get('x-forwarded-for') ?? 'anonymous';
  const { success } = await authRatelimit.limit(`reset:${ip}`);
  if (!success) return { error: 'Too many attempts' };
  const email = z.string().email().parse(formData.get('email'));
  const supabase = await createClient();
  await supabase.auth.resetPasswordForEmail(email, {
    redirectTo: `${process.env.NEXT_PUBLIC_APP_URL}/auth/callback?next=/settings/password`,
  });
  return { ok: true };
}
