import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, passwordResets, users } from '@/db';
import { randomToken } from '@/lib/tokens';
import { sendMail } from '@/lib/email';

const Body = z.object({ email: z.string().email() });

// expect: missing-rate-limit
// ok: missing-auth
export async function POST(req: Request) {
  const { email } = Body.parse(await req.json());
  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  if (user) {
    const token = randomToken();
    await db.insert(passwordResets).values({ token, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) });
    const resetUrl = `${process.env.NEXT_PUBLIC_APP_URL}/reset-password?token=${token}`;
    // expect: token-logging
    console.info(`password reset requested for ${email}: ${resetUrl}`);
    await sendMail(email, 'Reset your Teamboard password', `<a href="${resetUrl}">Reset password</a>`);
  }
  return NextResponse.json({ ok: true });
}
