import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { logger } from '@/lib/logger';

const Signup = z.object({
  email: z.string().email(),
  password: z.string().min(12),
  teamName: z.string().min(2).max(80),
});

// expect: missing-rate-limit
export async function POST(req: Request) {
  const input = Signup.parse(await req.json());
  // ok: token-logging
  logger.info({ email: input.email, team: input.teamName }, 'signup');
  try {
    const passwordHash = await bcrypt.hash(input.password, 12);
    const team = await prisma.team.create({
      data: { name: input.teamName, users: { create: { email: input.email, passwordHash, role: 'OWNER' } } },
    });
    return NextResponse.json({ teamId: team.id }, { status: 201 });
  } catch (err: any) {
    // expect: error-details-leak
    return NextResponse.json({ error: err.message }, { status: 500 });
  }
}
