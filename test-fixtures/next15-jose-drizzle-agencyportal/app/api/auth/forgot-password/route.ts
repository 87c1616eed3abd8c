import { NextResponse } from 'next/server';
import { randomBytes, createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { passwordResets, users } from '@/db/schema';
import { clientIp, isRateLimited } from '@/lib/rate-limit';
import { sendPasswordResetEmail } from '@/lib/mailer';

const ForgotSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-rate-limit
export async function POST(req: Request) {
  if (await isRateLimited(`forgot:${clientIp(req.headers)}`)) {
    return NextResponse.json({ error: 'Too many requests' }, { status: 429 });
  }
  const parsed = ForgotSchema.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: 'Enter a valid email' }, { status: 400 });
  }
  // ok: unscoped-tenant-query
  const user = await db.query.users.findFirst({ where: eq(users.email, parsed.data.email.toLowerCase()) });
  if (user) {
    const token = randomBytes(32).toString('hex');
    const tokenHash = createHash('sha256').update(token).digest('hex');
    await db.insert(passwordResets).values({ userId: user.id, tokenHash, expiresAt: new Date(Date.now() + 30 * 60_000) });
    await sendPasswordResetEmail(user.email, token, tokenHash);
  }
  return NextResponse.json({ ok: true });
}
