import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import bcrypt from 'bcryptjs';
import { createHash, randomBytes } from 'crypto';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';

const limiter = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(3, '15 m'), prefix: 'rl:reset' });
const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');
const clientIp = (req: Request) => req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown';

const RequestReset = z.object({ email: z.string().trim().toLowerCase().email() });
const CompleteReset = z.object({ token: z.string().length(64), password: z.string().min(12).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const { success } = await limiter.limit(`request:${clientIp(req)}`);
  if (!success) return NextResponse.json({ error: 'Too many requests' }, { status: 429 });
  const { email } = RequestReset.parse(await req.json());
  const user = await prisma.user.findUnique({ where: { email } });
  if (user) {
    const resetToken = randomBytes(32).toString('hex');
    await prisma.user.update({ where: { id: user.id }, data: { resetTokenHash: sha256(resetToken), resetTokenExpiry: new Date(Date.now() + 3_600_000) } });
    const resetUrl = `${process.env.NEXTAUTH_URL}/reset-password/${resetToken}`;
    // expect: token-logging
    console.info('[reset] sending reset link', { email, resetUrl });
    // ok: token-logging
    console.info('[reset] reset requested', { userId: user.id });
  }
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function PUT(req: Request) {
  const { success } = await limiter.limit(`complete:${clientIp(req)}`);
  if (!success) return NextResponse.json({ error: 'Too many requests' }, { status: 429 });
  const { token, password } = CompleteReset.parse(await req.json());
  const user = await prisma.user.findFirst({ where: { resetTokenHash: sha256(token), resetTokenExpiry: { gt: new Date() } } });
  if (!user) return NextResponse.json({ error: 'Invalid or expired link' }, { status: 400 });
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(password, 12), resetTokenHash: null, resetTokenExpiry: null } });
  return NextResponse.json({ ok: true });
}
