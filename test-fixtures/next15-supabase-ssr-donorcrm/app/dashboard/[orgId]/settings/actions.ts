'use server';

import { and, eq } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db';
import { memberships } from '@/db/schema';
import { isPlatformAdmin, requireMembership, requireUser } from '@/lib/auth';
import { inviteLimiter } from '@/lib/ratelimit';
import { supabaseAdmin } from '@/lib/supabase/admin';

const ROLES = ['owner', 'admin', 'fundraiser', 'viewer'] as const;
const InviteForm = z.object({ email: z.string().email(), role: z.enum(ROLES) });

// expect: missing-rate-limit
export async function inviteMember(orgId: string, formData: FormData) {
  await requireMembership(orgId, ['owner', 'admin']);
  const { email, role } = InviteForm.parse({ email: formData.get('email'), role: formData.get('role') });
  const { data, error } = await supabaseAdmin.auth.admin.inviteUserByEmail(email, {
    data: { invitedToOrg: orgId },
  });
  if (error) return { error: 'Could not send invitation' };
  await db.insert(memberships).values({ orgId, userId: data.user.id, role });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
export async function resendInvite(orgId: string, email: string) {
  const { user } = await requireMembership(orgId, ['owner', 'admin']);
  const { success } = await inviteLimiter.limit(user.id);
  if (!success) return { error: 'Too many invitations, try again later' };
  await supabaseAdmin.auth.admin.inviteUserByEmail(z.string().email().parse(email));
  return { ok: true };
}

// expect: missing-role-check
export async function changeMemberRole(orgId: string, userId: string, role: string) {
  await requireMembership(orgId);
  const nextRole = z.enum(ROLES).parse(role);
  // ok: unscoped-tenant-query
  await db
    .update(memberships)
    .set({ role: nextRole })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
}

// ok: missing-auth, missing-role-check
export async function removeMember(orgId: string, userId: string) {
  await requireMembership(orgId, ['owner']);
  // ok: unscoped-tenant-query
  await db.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
}

// ok: missing-auth, missing-role-check
export async function startImpersonation(email: string) {
  const admin = await requireUser();
  if (!isPlatformAdmin(admin)) throw new Error('Forbidden');
  const { data, error } = await supabaseAdmin.auth.admin.generateLink({ type: 'magiclink', email: z.string().email().parse(email) });
  if (error) throw new Error('Could not impersonate');
  const cookieStore = await cookies();
  // expect: insecure-cookie
  cookieStore.set('impersonation_token', data.properties.hashed_token, { path: '/' });
  redirect('/dashboard');
}
