import { NextResponse } from 'next/server';
import { SignJWT } from 'jose';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { users } from '@/db/schema';
import { appUrl } from '@/lib/stripe';

const linkKey = new TextEncoder().encode(process.env.MAGIC_LINK_SECRET);

// ok: missing-auth
// expect: missing-rate-limit
export async function POST(req: Request) {
  const parsed = z.object({ email: z.string().email() }).safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: 'Enter a valid email' }, { status: 400 });
  // ok: unscoped-tenant-query
  const user = await db.query.users.findFirst({ where: eq(users.email, parsed.data.email.toLowerCase()) });
  if (user) {
    const token = await new SignJWT({ uid: user.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('15m')
      .sign(linkKey);
    const url = `${appUrl}/api/auth/magic/verify?token=${token}`;
    if (process.env.NODE_ENV !== 'production') {
      // ok: token-logging
      console.log(`[dev] magic link for ${user.email}: ${url}`);
    }
  }
  return NextResponse.json({ ok: true });
}
