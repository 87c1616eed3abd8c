import { NextRequest, NextResponse } from 'next/server';
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, users } from '@/lib/db';
import { logger } from '@/lib/logger';
import { sendResetMail } from '@/lib/mailer';

const schema = z.object({ email: z.string().email() });

// expect: missing-rate-limit
export async function POST(req: NextRequest) {
  const { email } = schema.parse(await req.json());
  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  if (user) {
    const resetToken = randomBytes(32).toString('hex');
    await db
      .update(users)
      .set({ resetTokenHash: createHash('sha256').update(resetToken).digest('hex') })
      .where(eq(users.id, user.id));
    // expect: token-logging
    logger.info({ email, resetToken }, 'password reset requested');
    await sendResetMail(email, `${process.env.NEXT_PUBLIC_APP_URL}/reset?token=${resetToken}`);
  }
  return NextResponse.json({ ok: true });
}
