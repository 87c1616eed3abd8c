'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auth } from '@/auth';
import { db, memberships, teams, users } from '@/db';
import { requireTeamRole } from '@/lib/session';

const TeamName = z.object({ name: z.string().min(2).max(60) });

// ok: missing-auth, missing-input-validation, missing-role-check
export async function updateTeamName(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user) return { error: 'Not signed in' };
  try {
    await requireTeamRole(session.user.teamId, ['owner', 'admin']);
    const { name } = TeamName.parse({ name: formData.get('name') });
    // ok: unscoped-tenant-query
    await db.update(teams).set({ name }).where(eq(teams.id, session.user.teamId));
    revalidatePath('/settings');
    return { ok: true };
  } catch (e) {
    // expect: error-details-leak
    return { error: (e as Error).message };
  }
}

// expect: missing-input-validation
// ok: missing-auth
export async function updateProfile(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user) return { error: 'Not signed in' };
  await db
    .update(users)
    .set({ name: formData.get('name') as string, bio: formData.get('bio') as string })
    .where(eq(users.id, session.user.id));
  revalidatePath('/settings');
  return { ok: true };
}

// ok: missing-auth
export async function leaveTeam() {
  const session = await auth();
  if (!session?.user) throw new Error('Not signed in');
  // ok: unscoped-tenant-query
  await db
    .delete(memberships)
    .where(and(eq(memberships.teamId, session.user.teamId), eq(memberships.userId, session.user.id)));
  revalidatePath('/');
}
