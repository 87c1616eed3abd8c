'use server';

import { and, eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import { memberships } from '@/db/schema';
import { requireMembership, requireUser } from '@/lib/auth';
import { supabaseAdmin } from '@/lib/supabase/admin';

// ok: missing-auth, missing-role-check
export async function deleteMyAccount() {
  const user = await requireUser();
  // ok: unscoped-tenant-query
  await db.delete(memberships).where(eq(memberships.userId, user.id));
  await supabaseAdmin.auth.admin.deleteUser(user.id);
  redirect('/goodbye');
}

// expect: missing-role-check
export async function deleteOrgUser(orgId: string, userId: string) {
  await requireMembership(orgId);
  // ok: unscoped-tenant-query
  await db.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  await supabaseAdmin.auth.admin.deleteUser(userId);
}
