'use server';

import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { createSession } from '@/lib/session';
import { signMagicLink } from '@/lib/magic-link';

const SignupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(12),
  businessName: z.string().min(2),
});

// expect: missing-rate-limit
export async function signUp(formData: FormData) {
  const parsed = SignupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: 'Please check the form' };
  try {
    const merchant = await db.merchant.create({ data: { name: parsed.data.businessName } });
    const user = await db.user.create({
      data: { email: parsed.data.email, passwordHash: await bcrypt.hash(parsed.data.password, 12), merchantId: merchant.id, role: 'owner' },
    });
    await createSession({ userId: user.id, merchantId: merchant.id, role: 'owner' });
  } catch (err) {
    console.error('signup failed', err);
    // ok: error-details-leak
    return { error: 'Could not create your account' };
  }
  redirect('/dashboard');
}

// expect: missing-rate-limit
export async function requestMagicLink(email: string) {
  const user = await db.user.findUnique({ where: { email } });
  if (user) {
    const token = await signMagicLink(email);
    // expect: token-logging
    console.log(`magic link for ${email}: /login/magic?token=${token}`);
  }
  return { sent: true };
}
