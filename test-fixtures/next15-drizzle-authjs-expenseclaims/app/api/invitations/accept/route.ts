import { NextRequest, NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db, users } from '@/lib/db';
import { clientIp, signupLimiter } from '@/lib/ratelimit';
import { readInvite } from '@/lib/tokens';

const acceptSchema = z.object({ token: z.string().min(20), name: z.string().max(80), password: z.string().min(10) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: NextRequest) {
  const { success } = await signupLimiter.limit(clientIp(req));
  if (!success) return NextResponse.json({ error: 'Too many requests' }, { status: 429 });
  const input = acceptSchema.parse(await req.json());
  let invite;
  try {
    invite = readInvite(input.token);
  } catch {
    return NextResponse.json({ error: 'Invitation expired' }, { status: 400 });
  }
  await db.insert(users).values({
    orgId: invite.orgId,
    email: invite.email,
    role: invite.role,
    name: input.name,
    passwordHash: await bcrypt.hash(input.password, 12),
  });
  return NextResponse.json({ ok: true }, { status: 201 });
}
