import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { authRatelimit } from '@/lib/ratelimit';

const Signup = z.object({
  email: z.string().email(),
  password: z.string().min(12).max(128),
  name: z.string().max(80),
  teamName: z.string().min(2).max(80),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const ip = req.headers.get('x-forwarded-for')?.split(',')[0] ?? 'anonymous';
  const { success } = await authRatelimit.limit(`signup:${ip}`);
  if (!success) return NextResponse.json({ error: 'Too many requests' }, { status: 429 });
  const body = Signup.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: 'Invalid signup' }, { status: 400 });
  const { email, password, name, teamName } = body.data;
  if (await prisma.user.findUnique({ where: { email } })) {
    return NextResponse.json({ error: 'Email already registered' }, { status: 409 });
  }
  const team = await prisma.team.create({
    data: { name: teamName, members: { create: { email, name, role: 'OWNER', passwordHash: await bcrypt.hash(password, 12) } } },
  });
  return NextResponse.json({ teamId: team.id }, { status: 201 });
}
