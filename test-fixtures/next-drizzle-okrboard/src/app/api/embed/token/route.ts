import { SignJWT } from 'jose';
import { headers, cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';

const embedKey = new TextEncoder().encode(process.env.EMBED_SIGNING_SECRET);

// ok: missing-auth, missing-rate-limit
export async function POST() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.session.activeOrganizationId) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  // expect: token-logging
  console.log('issuing embed token for session', session);
  const token = await new SignJWT({ org: session.session.activeOrganizationId, scope: 'embed:read' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(embedKey);
  const cookieStore = await cookies();
  // expect: insecure-cookie
  cookieStore.set('embed_token', token, { path: '/embed', maxAge: 3600 });
  return NextResponse.json({ token });
}
