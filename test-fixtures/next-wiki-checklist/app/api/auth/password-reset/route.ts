import { createHash, randomBytes } from 'node:crypto';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { sendEmail } from '@/lib/email';

const requestSchema = z.object({ email: z.string().email().max(254) });

const RESET_TTL_MS = 30 * 60 * 1000;

// ok: missing-auth
// expect: missing-rate-limit
export async function POST(req: Request) {
  const parsed = requestSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Enter a valid email address' }, { status: 400 });

  const email = parsed.data.email.toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, emailSuppressed: true } });

  if (user && !user.emailSuppressed) {
    const token = randomBytes(32).toString('base64url');
    await db.user.update({
      where: { id: user.id },
      data: {
        resetTokenHash: createHash('sha256').update(token).digest('hex'),
        resetTokenExpiresAt: new Date(Date.now() + RESET_TTL_MS),
      },
    });
    await sendEmail({
      to: email,
      subject: 'Reset your Team Wiki password',
      html: `<p><a href="${process.env.APP_URL}/reset-password?token=${token}">Choose a new password</a>. The link expires in 30 minutes.</p>`,
    });
  }

  // Same response either way so the endpoint can't be used to discover accounts.
  return NextResponse.json({ ok: true });
}
