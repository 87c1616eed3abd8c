import { NextResponse } from 'next/server';
import { and, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { auth } from '@/auth';
import { db, invitations, memberships } from '@/db';
import { loginLimiter } from '@/lib/ratelimit';

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { success } = await loginLimiter.limit(`invite:${session.user.id}`);
  if (!success) return NextResponse.json({ error: 'Too many attempts' }, { status: 429 });

  const { token } = z.object({ token: z.string().min(20) }).parse(await req.json());
  // ok: unscoped-tenant-query
  const invite = await db.query.invitations.findFirst({
    where: and(eq(invitations.token, token), gt(invitations.expiresAt, new Date())),
  });
  if (!invite || invite.email !== session.user.email) {
    return NextResponse.json({ error: 'invalid invitation' }, { status: 404 });
  }
  await db.insert(memberships).values({ teamId: invite.teamId, userId: session.user.id, role: invite.role }).onConflictDoNothing();
  // ok: unscoped-tenant-query
  await db.delete(invitations).where(eq(invitations.id, invite.id));
  return NextResponse.json({ teamId: invite.teamId });
}
