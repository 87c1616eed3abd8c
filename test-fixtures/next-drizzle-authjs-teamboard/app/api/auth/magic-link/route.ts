import { NextResponse } from 'next/server';
import { z } from 'zod';
import { signIn } from '@/auth';
import { clientIp, loginLimiter } from '@/lib/ratelimit';
import { enforceLimit } from '@/lib/rate';
import { toResponse } from '@/lib/session';

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  try {
    await enforceLimit(loginLimiter, `magic:${clientIp(req)}`);
    const { email } = z.object({ email: z.string().email() }).parse(await req.json());
    await signIn('resend', { email, redirect: false });
    return NextResponse.json({ sent: true });
  } catch (err) {
    return toResponse(err);
  }
}
