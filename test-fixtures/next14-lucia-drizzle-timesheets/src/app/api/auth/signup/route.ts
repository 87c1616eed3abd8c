import { NextResponse } from 'next/server';
import { cookies, headers } from 'next/headers';
import { hash } from '@node-rs/argon2';
import { z } from 'zod';
import { db } from '@/db';
import { teams, users } from '@/db/schema';
import { lucia } from '@/lib/auth';
import { authLimiter } from '@/lib/ratelimit';

const signupSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(80),
  password: z.string().min(10),
  teamName: z.string().min(2).max(60),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(request: Request) {
  const ip = headers().get('x-forwarded-for') ?? 'anon';
  const { success } = await authLimiter.limit(ip);
  if (!success) return NextResponse.json({ error: 'slow down' }, { status: 429 });
  const input = signupSchema.parse(await request.json());
  const teamId = crypto.randomUUID();
  await db.insert(teams).values({ id: teamId, name: input.teamName, slug: input.teamName.toLowerCase().replace(/\W+/g, '-') });
  const userId = crypto.randomUUID();
  await db.insert(users).values({
    id: userId,
    email: input.email,
    name: input.name,
    hashedPassword: await hash(input.password),
    teamId,
    role: 'manager',
  });
  const session = await lucia.createSession(userId, {});
  const c = lucia.createSessionCookie(session.id);
  cookies().set(c.name, c.value, c.attributes);
  return NextResponse.json({ ok: true }, { status: 201 });
}
