import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { users } from '@/db/schema';
import { SESSION_COOKIE, getSession, signSession } from '@/lib/session';

// Lets an account manager see the portal as one of their client's users.
// ok: missing-auth, missing-role-check
export async function POST(req: Request) {
  const session = await getSession();
  if (!session || session.role !== 'staff') {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  const { userId } = (await req.json()) as { userId: number };
  // ok: unscoped-tenant-query
  const target = await db.query.users.findFirst({ where: eq(users.id, Number(userId)) });
  if (!target || target.role !== 'client') {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  const token = await signSession({ userId: target.id, clientId: target.clientId, role: 'client' });
  const store = await cookies();
  // expect: insecure-cookie
  store.set({ name: SESSION_COOKIE, value: token, path: '/', sameSite: 'lax', maxAge: 60 * 60 });
  return NextResponse.json({ ok: true, impersonating: target.id });
}
