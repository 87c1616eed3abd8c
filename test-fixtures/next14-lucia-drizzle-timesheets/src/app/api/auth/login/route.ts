import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { eq } from 'drizzle-orm';
import { verify } from '@node-rs/argon2';
import { db } from '@/db';
import { users } from '@/db/schema';
import { lucia } from '@/lib/auth';

// ok: missing-auth
// expect: missing-rate-limit
export async function POST(request: Request) {
  const { email, password, remember } = await request.json();
  // expect: token-logging
  console.log('login attempt', { email, password });
  // ok: unscoped-tenant-query
  const user = await db.query.users.findFirst({ where: eq(users.email, String(email).toLowerCase()) });
  if (!user || !(await verify(user.hashedPassword, String(password)))) {
    return NextResponse.json({ error: 'invalid credentials' }, { status: 400 });
  }
  const session = await lucia.createSession(user.id, {});
  const c = lucia.createSessionCookie(session.id);
  // ok: insecure-cookie
  cookies().set(c.name, c.value, c.attributes);
  if (remember) {
    // expect: insecure-cookie
    cookies().set('remember_token', session.id, { httpOnly: true, maxAge: 60 * 60 * 24 * 30 });
  }
  // ok: token-logging
  console.info('login ok', { userId: user.id });
  return NextResponse.json({ ok: true });
}
