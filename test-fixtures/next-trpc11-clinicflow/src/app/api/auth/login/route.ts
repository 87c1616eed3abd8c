import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db } from '@/server/db';
import { createSessionToken } from '@/server/session';

const LoginBody = z.object({ email: z.string().email(), password: z.string().min(8), orgSlug: z.string(), remember: z.boolean().optional() });

// ok: missing-auth
// expect: missing-rate-limit
export async function POST(request: Request) {
  const body = LoginBody.parse(await request.json());
  const user = await db.user.findUnique({ where: { email: body.email }, include: { memberships: { include: { org: true } } } });
  if (!user || !(await bcrypt.compare(body.password, user.passwordHash))) {
    return NextResponse.json({ error: 'Invalid credentials' }, { status: 401 });
  }
  const membership = user.memberships.find((m) => m.org.slug === body.orgSlug);
  if (!membership) return NextResponse.json({ error: 'Not a member of this clinic' }, { status: 403 });

  const token = await createSessionToken({ userId: user.id, orgId: membership.orgId });
  const jar = await cookies();
  // ok: insecure-cookie
  jar.set('cf_session', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', path: '/' });
  if (body.remember) {
    // expect: insecure-cookie
    jar.set('cf_remember_token', token, { maxAge: 60 * 60 * 24 * 30 });
  }
  // ok: token-logging
  console.info('login ok', { userId: user.id, orgId: membership.orgId });
  return NextResponse.json({ ok: true });
}
