import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { memberships } from '@/db/schema';
import { createClient } from '@/lib/supabase/server';

export type MemberRole = 'owner' | 'admin' | 'fundraiser' | 'viewer';

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export async function currentUser() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  return user;
}

export async function requireUser() {
  const user = await currentUser();
  if (!user) throw new HttpError(401, 'Not signed in');
  return user;
}

export async function requireMembership(orgId: string, roles?: MemberRole[]) {
  const user = await requireUser();
  const [membership] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, user.id)))
    .limit(1);
  if (!membership) throw new HttpError(404, 'Organization not found');
  if (roles && !roles.includes(membership.role)) throw new HttpError(403, 'Insufficient role');
  return { user, membership };
}

export function isPlatformAdmin(user: { app_metadata?: Record<string, unknown> }) {
  return user.app_metadata?.role === 'platform_admin';
}
