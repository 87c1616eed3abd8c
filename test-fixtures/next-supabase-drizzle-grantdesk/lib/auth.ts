import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { createClient } from '@/lib/supabase/server';
import { db, memberships, profiles } from '@/lib/db';
import { logger } from '@/lib/logger';

export type MemberRole = 'owner' | 'admin' | 'reviewer' | 'member';

export class HttpError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

export async function getSessionUser() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  return user;
}

export async function requireUser() {
  const user = await getSessionUser();
  if (!user) throw new HttpError(401, 'Not signed in');
  return user;
}

/** Resolves the caller's membership of `orgId`; throws 404 when they are not a member. */
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

export async function isMember(userId: string, orgId: string) {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .limit(1);
  return Boolean(row);
}

export async function requirePlatformAdmin() {
  const user = await requireUser();
  const [profile] = await db.select().from(profiles).where(eq(profiles.id, user.id)).limit(1);
  if (!profile?.isPlatformAdmin) throw new HttpError(403, 'Platform admins only');
  return user;
}

export function toErrorResponse(err: unknown) {
  if (err instanceof HttpError) {
    // ok: error-details-leak
    return NextResponse.json({ error: err.message }, { status: err.status });
  }
  logger.error({ err }, 'unhandled route error');
  return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
}
