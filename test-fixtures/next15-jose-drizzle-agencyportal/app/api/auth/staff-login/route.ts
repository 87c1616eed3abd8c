import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import bcrypt from 'bcryptjs';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { users } from '@/db/schema';
import { SESSION_COOKIE, signSession } from '@/lib/session';

// Agency team sign-in, used from the /staff page.
// ok: missing-auth
// expect: missing-rate-limit
export async function POST(req: Request) {
  const { email, password } = await req.json();

  // ok: unscoped-tenant-query
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, String(email).toLowerCase()), eq(users.role, 'staff')))
    .limit(1);

  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) {
    return NextResponse.json({ error: 'Invalid credentials' }, { status: 401 });
  }

  const token = await signSession({ userId: user.id, clientId: null, role: 'staff' });
  // expect: token-logging
  console.log(`staff session issued for ${user.email}: ${token}`);

  const store = await cookies();
  // expect: insecure-cookie
  store.set(SESSION_COOKIE, token, { secure: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 12 });

  return NextResponse.json({ ok: true });
}
