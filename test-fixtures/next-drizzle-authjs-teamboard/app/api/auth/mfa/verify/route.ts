import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { authenticator } from 'otplib';
import { z } from 'zod';
import { auth } from '@/auth';
import { db, users } from '@/db';
import { randomToken } from '@/lib/tokens';

const Body = z.object({ code: z.string().length(6), remember: z.boolean().default(false) });

// expect: missing-rate-limit
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });

  const { code, remember } = Body.parse(await req.json());
  const user = await db.query.users.findFirst({ where: eq(users.id, session.user.id) });
  if (!user?.totpSecret || !authenticator.check(code, user.totpSecret)) {
    return NextResponse.json({ error: 'Invalid code' }, { status: 400 });
  }
  if (remember) {
    const cookieStore = await cookies();
    // expect: insecure-cookie
    cookieStore.set('tb_mfa_remember', randomToken(), { httpOnly: true, path: '/', maxAge: 60 * 60 * 24 * 30 });
  }
  return NextResponse.json({ ok: true });
}
