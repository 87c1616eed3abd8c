import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { signSession } from '@/lib/session';

const Login = z.object({ email: z.string().email(), password: z.string().min(8) });

// limited by middleware.ts
// ok: missing-rate-limit, missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { email, password } = Login.parse(await req.json());
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return NextResponse.json({ error: 'Invalid credentials' }, { status: 401 });
  }
  // ok: insecure-cookie
  (await cookies()).set('qw_session', await signSession(user.id, user.agencyId), { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  return NextResponse.json({ ok: true });
}
