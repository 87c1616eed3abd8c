import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import bcrypt from 'bcryptjs';
import { SignJWT } from 'jose';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { getSession } from '@/lib/session';
import { loginLimit } from '@/lib/limits';

const body = z.object({ email: z.string().email(), password: z.string().min(8) });
const key = new TextEncoder().encode(process.env.JWT_SECRET);

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(request: Request) {
  const ip = request.headers.get('x-forwarded-for') ?? 'anon';
  const { success } = await loginLimit.limit(ip);
  if (!success) return NextResponse.json({ error: 'Too many attempts' }, { status: 429 });

  const parsed = body.safeParse(await request.json());
  if (!parsed.success) return NextResponse.json({ error: 'Invalid input' }, { status: 400 });
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
  if (!user || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) {
    return NextResponse.json({ error: 'Invalid email or password' }, { status: 401 });
  }

  const session = await getSession();
  session.userId = user.id;
  session.email = user.email;
  await session.save();

  const token = await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);
  const cookieStore = await cookies();
  // ok: insecure-cookie
  cookieStore.set('token', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', path: '/' });
  return NextResponse.json({ token });
}
