import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db, users } from '@/db';
import { clientIp, signupLimiter } from '@/lib/ratelimit';

const RegisterSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(80),
  password: z.string().min(10).max(200),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const { success } = await signupLimiter.limit(clientIp(req));
  if (!success) return NextResponse.json({ error: 'Too many attempts' }, { status: 429 });

  const parsed = RegisterSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });

  // ok: token-logging
  console.debug('signup payload', { ...parsed.data, password: undefined });
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  const [user] = await db
    .insert(users)
    .values({ email: parsed.data.email, name: parsed.data.name, passwordHash })
    .returning({ id: users.id });
  // ok: token-logging
  console.info('new signup', { userId: user.id, email: parsed.data.email });
  return NextResponse.json({ id: user.id }, { status: 201 });
}
