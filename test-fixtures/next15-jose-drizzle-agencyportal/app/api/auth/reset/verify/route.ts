import { NextResponse, type NextRequest } from 'next/server';
import { createHash } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { passwordResets, users } from '@/db/schema';
import { createSession } from '@/lib/session';

// The reset email links here: a valid link signs the user in and sends them to choose a new password.
// ok: missing-auth
// expect: missing-rate-limit
export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get('token') ?? '';
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const [reset] = await db
    .select()
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())))
    .limit(1);
  if (!reset) return NextResponse.redirect(new URL('/forgot-password?error=expired', req.url));

  await db.update(passwordResets).set({ usedAt: new Date() }).where(eq(passwordResets.id, reset.id));
  // ok: unscoped-tenant-query
  const user = await db.query.users.findFirst({ where: eq(users.id, reset.userId) });
  if (!user) return NextResponse.redirect(new URL('/forgot-password?error=expired', req.url));
  await createSession({ userId: user.id, clientId: user.clientId, role: user.role });
  return NextResponse.redirect(new URL('/account/password', req.url));
}
