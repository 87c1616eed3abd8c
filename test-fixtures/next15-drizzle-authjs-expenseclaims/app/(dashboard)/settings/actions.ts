'use server';

import { cookies } from 'next/headers';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, users } from '@/lib/db';
import { requireUser } from '@/lib/session';
import { authenticator } from 'otplib';

const profileSchema = z.object({ name: z.string().min(1).max(80) });

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = profileSchema.safeParse({ name: formData.get('name') });
  if (!parsed.success) return { error: 'Name is required' };
  try {
    // ok: unscoped-tenant-query
    await db.update(users).set({ name: parsed.data.name }).where(eq(users.id, user.id));
    return { ok: true };
  } catch (e) {
    // expect: error-details-leak
    return { error: (e as Error).message };
  }
}

// ok: missing-auth
export async function setDensity(density: 'compact' | 'comfortable') {
  // ok: insecure-cookie
  (await cookies()).set('table-density', density, { path: '/' });
}

// turning on two-factor sign-in: the six digits from the authenticator app confirm the secret; nothing limits guesses
// expect: missing-rate-limit
export async function confirmTwoFactor(code: string) {
  const user = await requireUser();
  const [row] = await db.select({ totpSecret: users.totpSecret }).from(users).where(eq(users.id, user.id));
  if (!row?.totpSecret || !authenticator.check(code, row.totpSecret)) return { error: 'Wrong code' };
  // ok: unscoped-tenant-query
  await db.update(users).set({ totpEnabled: true }).where(eq(users.id, user.id));
  return { ok: true };
}
