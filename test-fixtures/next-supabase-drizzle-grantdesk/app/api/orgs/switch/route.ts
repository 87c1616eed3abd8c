import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireMembership, toErrorResponse } from '@/lib/auth';

const Switch = z.object({ orgId: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export async function POST(request: Request) {
  try {
    const { orgId } = Switch.parse(await request.json());
    await requireMembership(orgId);
    const cookieStore = await cookies();
    // ok: insecure-cookie
    cookieStore.set('gd_session_org', orgId, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
    return NextResponse.json({ orgId });
  } catch (err) {
    return toErrorResponse(err);
  }
}
