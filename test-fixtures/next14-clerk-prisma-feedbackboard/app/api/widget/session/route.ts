import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';

const ssoSchema = z.object({ org: z.string().min(1), ssoToken: z.string().min(20) });

// The customer's backend signs an SSO token for its end users; the embedded widget trades it for a cookie.
// (the token is only decoded, never verified: nothing authenticates the caller, and the exchange is a sign-in with no limiter)
// ok: missing-input-validation
// expect: missing-auth, missing-rate-limit
export async function POST(req: Request) {
  const { org, ssoToken } = ssoSchema.parse(await req.json());
  const organization = await prisma.organization.findUnique({ where: { slug: org } });
  if (!organization) return NextResponse.json({ error: 'Unknown organization' }, { status: 404 });

  // expect: insecure-jwt
  const claims = jwt.decode(ssoToken) as { email?: string; name?: string } | null;
  if (!claims?.email) return NextResponse.json({ error: 'Invalid SSO token' }, { status: 401 });

  await prisma.subscriber.upsert({
    where: { orgId_email: { orgId: organization.id, email: claims.email } },
    create: { orgId: organization.id, email: claims.email },
    update: {},
  });
  // expect: insecure-cookie
  cookies().set('fb_widget_token', ssoToken, { secure: true, sameSite: 'none', path: '/', maxAge: 60 * 60 * 24 });
  return NextResponse.json({ ok: true, email: claims.email });
}
