import { and, eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db, member } from '@/db';
import { auth } from './auth';

export async function requireSession() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect('/sign-in');
  return session;
}

/** The signed-in user and their active organization; throws for callers without one. */
export async function requireOrg() {
  const session = await requireSession();
  const orgId = session.session.activeOrganizationId;
  if (!orgId) throw new Error('No active organization');
  return { session, orgId, userId: session.user.id };
}

export async function membershipRole(orgId: string, userId: string) {
  const [row] = await db
    .select({ role: member.role })
    .from(member)
    .where(and(eq(member.organizationId, orgId), eq(member.userId, userId)));
  return row?.role ?? null;
}

export function isOrgAdmin(role: string | null) {
  return role === 'owner' || role === 'admin';
}
