import { NextRequest, NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db, organizations, users } from '@/lib/db';
import { clientIp, signupLimiter } from '@/lib/ratelimit';

const signupSchema = z.object({
  company: z.string().min(2).max(80),
  email: z.string().email(),
  password: z.string().min(10).max(128),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: NextRequest) {
  const { success } = await signupLimiter.limit(clientIp(req));
  if (!success) return NextResponse.json({ error: 'Too many requests' }, { status: 429 });
  const body = await req.json();
  // expect: token-logging
  console.log('signup request', body);
  const input = signupSchema.parse(body);
  const org = (await db.insert(organizations).values({ name: input.company }).returning())[0];
  await db.insert(users).values({
    orgId: org.id,
    email: input.email,
    role: 'owner',
    passwordHash: await bcrypt.hash(input.password, 12),
  });
  return NextResponse.json({ ok: true }, { status: 201 });
}
