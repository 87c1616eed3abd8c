import { and, eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { db, memberships } from '@/db';

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export async function requireSession() {
  const session = await auth();
  if (!session?.user?.id) throw new HttpError(401, 'Not signed in');
  return session;
}

export async function requireAdmin() {
  const session = await requireSession();
  if (session.user.role !== 'admin') throw new HttpError(403, 'Admins only');
  return session;
}

export async function requireTeamMember(teamId: string) {
  const session = await requireSession();
  const membership = await db.query.memberships.findFirst({
    where: and(eq(memberships.teamId, teamId), eq(memberships.userId, session.user.id)),
  });
  if (!membership) throw new HttpError(404, 'Team not found');
  return { session, membership };
}

export async function requireTeamRole(teamId: string, roles: Array<'owner' | 'admin' | 'member'>) {
  const { session, membership } = await requireTeamMember(teamId);
  if (!roles.includes(membership.role)) throw new HttpError(403, 'Insufficient team role');
  return { session, membership };
}

export function toResponse(err: unknown) {
  if (err instanceof HttpError) return Response.json({ error: err.message }, { status: err.status });
  console.error(err);
  return Response.json({ error: 'Internal error' }, { status: 500 });
}
