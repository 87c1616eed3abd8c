import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { sessions, users } from '@/db/schema';
import { validateRequest, lucia } from '@/lib/auth';

// ok: missing-role-check
export async function DELETE(_req: Request, { params }: { params: { userId: string } }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  if (!user.platformAdmin) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  await lucia.invalidateUserSessions(params.userId);
  await db.delete(sessions).where(eq(sessions.userId, params.userId));
  // ok: unscoped-tenant-query
  await db.delete(users).where(eq(users.id, params.userId));
  return new NextResponse(null, { status: 204 });
}
