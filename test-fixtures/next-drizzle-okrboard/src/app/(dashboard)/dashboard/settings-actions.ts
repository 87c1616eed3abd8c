'use server';

import { eq } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { db, user } from '@/db';
import { requireSession } from '@/lib/session';

const Profile = z.object({ name: z.string().min(1).max(80) });

type State = { ok: boolean; error?: string };

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: State, formData: FormData): Promise<State> {
  const session = await requireSession();
  const parsed = Profile.safeParse({ name: formData.get('name') });
  if (!parsed.success) return { ok: false, error: 'Name is required' };
  // ok: unscoped-tenant-query
  await db.update(user).set({ name: parsed.data.name }).where(eq(user.id, session.user.id));
  return { ok: true };
}

// ok: missing-auth
export async function rememberDevice() {
  const session = await requireSession();
  const cookieStore = await cookies();
  // expect: insecure-cookie
  cookieStore.set('remember_token', session.session.token, { maxAge: 60 * 60 * 24 * 30, sameSite: 'lax' });
}
