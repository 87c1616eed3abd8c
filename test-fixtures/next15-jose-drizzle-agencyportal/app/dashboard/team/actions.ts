'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { and, eq } from 'drizzle-orm';
import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/db';
import { users } from '@/db/schema';
import { getSession } from '@/lib/session';

const InviteSchema = z.object({
  email: z.string().email(),
  name: z.string().trim().min(1).max(120),
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
export async function inviteTeammate(formData: FormData) {
  const session = await getSession();
  if (!session?.clientId) redirect('/login');
  const { email, name } = InviteSchema.parse(Object.fromEntries(formData));
  const tempPassword = randomBytes(12).toString('base64url');
  await db.insert(users).values({
    email: email.toLowerCase(),
    name,
    passwordHash: await bcrypt.hash(tempPassword, 12),
    role: 'client',
    clientId: session.clientId,
  });
  revalidatePath('/dashboard/team');
}

// ok: missing-auth
// expect: missing-role-check, missing-input-validation
export async function updateTeammate(userId: number, formData: FormData) {
  const session = await getSession();
  if (!session?.clientId) redirect('/login');
  // ok: unscoped-tenant-query
  await db
    .update(users)
    .set({ name: String(formData.get('name')), role: formData.get('role') as 'client' | 'staff' })
    .where(and(eq(users.id, userId), eq(users.clientId, session.clientId)));
  revalidatePath('/dashboard/team');
}
