'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { db, users } from '@/lib/db';
import { requireAdmin, requireUser } from '@/lib/session';
import { signInvite } from '@/lib/tokens';
import { mailer } from '@/lib/mailer';

const ROLES = ['admin', 'approver', 'member'] as const;
type Role = (typeof ROLES)[number];

// expect: missing-role-check
export async function changeMemberRole(userId: string, role: Role) {
  const me = await requireUser();
  if (!ROLES.includes(role)) throw new Error('Unknown role');
  // ok: unscoped-tenant-query
  await db.update(users).set({ role }).where(and(eq(users.id, userId), eq(users.orgId, me.orgId)));
  revalidatePath('/team');
}

// ok: missing-role-check, missing-auth
export async function removeMember(userId: string) {
  const admin = await requireAdmin();
  // ok: unscoped-tenant-query
  await db.delete(users).where(and(eq(users.id, userId), eq(users.orgId, admin.orgId)));
  revalidatePath('/team');
}

// expect: missing-rate-limit
export async function inviteMember(email: string) {
  const admin = await requireAdmin();
  const token = signInvite({ orgId: admin.orgId, email, role: 'member' });
  await mailer.sendMail({
    from: 'no-reply@claims.example',
    to: email,
    subject: 'You are invited',
    text: `${process.env.NEXT_PUBLIC_APP_URL}/invite?token=${token}`,
  });
}
