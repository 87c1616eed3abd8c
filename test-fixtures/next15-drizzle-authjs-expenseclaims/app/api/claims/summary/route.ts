import { NextRequest, NextResponse } from 'next/server';
import { getSessionUser, unauthorized } from '@/lib/session';
import { getClaimById, getOrgClaims } from '@/lib/data/claims';

// ok: missing-auth
export async function GET(req: NextRequest) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const focus = req.nextUrl.searchParams.get('focus');
  const [submitted, approved, focused] = await Promise.all([
    getOrgClaims(user.orgId, 'submitted'),
    getOrgClaims(user.orgId, 'approved'),
    focus ? getClaimById(focus) : Promise.resolve(undefined),
  ]);
  return NextResponse.json({ submitted: submitted.length, approved: approved.length, focused });
}
