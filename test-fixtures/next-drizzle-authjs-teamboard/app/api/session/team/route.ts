import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auth } from '@/auth';
import { db, memberships } from '@/db';

const sessionCookie = { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' as const, path: '/' };

// switch the active team: kept in a signed-in user's cookie next to the Auth.js session
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { teamId } = z.object({ teamId: z.string().uuid() }).parse(await req.json());
  // ok: unscoped-tenant-query
  const member = await db.query.memberships.findFirst({
    where: and(eq(memberships.teamId, teamId), eq(memberships.userId, session.user.id)),
  });
  if (!member) return NextResponse.json({ error: 'not a member' }, { status: 403 });
  // ok: insecure-cookie
  (await cookies()).set('tb_team_session', `${teamId}.${session.user.id}`, { ...sessionCookie, maxAge: 60 * 60 * 24 * 30 });
  return NextResponse.json({ teamId });
}
