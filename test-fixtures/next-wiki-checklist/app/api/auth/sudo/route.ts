import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { ratelimit } from '@/lib/ratelimit';
import { signSudoToken } from '@/lib/tokens';

const sudoSchema = z.object({ password: z.string().min(1).max(200) });

const SUDO_TTL_SECONDS = 15 * 60;

// "Confirm your password" step before role changes in Settings → Members.
// ok: missing-auth
// ok: missing-rate-limit
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const { success } = await ratelimit.limit(`sudo:${session.user.id}`);
  if (!success) return NextResponse.json({ error: 'Too many attempts' }, { status: 429 });

  const parsed = sudoSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Password is required' }, { status: 400 });

  const user = await db.user.findUnique({ where: { id: session.user.id }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) {
    return NextResponse.json({ error: 'Incorrect password' }, { status: 401 });
  }

  const token = await signSudoToken(session.user.id);
  // expect: insecure-cookie
  cookies().set('session', token, { httpOnly: true, sameSite: 'strict', path: '/api/admin', maxAge: SUDO_TTL_SECONDS });

  return NextResponse.json({ expiresAt: Date.now() + SUDO_TTL_SECONDS * 1000 });
}
