import { NextResponse } from 'next/server';
import { cookies, headers } from 'next/headers';
import { z } from 'zod';
import { auth } from '@/lib/auth';

const body = z.object({ organizationId: z.string().min(1) });

// ok: missing-auth, missing-input-validation
export async function POST(request: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { organizationId } = body.parse(await request.json());
  // better-auth checks the membership before switching
  await auth.api.setActiveOrganization({ headers: await headers(), body: { organizationId } });
  const cookieStore = await cookies();
  // expect: insecure-cookie
  cookieStore.set('org_session_hint', session.session.token, { httpOnly: true, sameSite: 'lax' });
  return NextResponse.json({ ok: true });
}
