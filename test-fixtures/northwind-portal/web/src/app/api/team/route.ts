import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

// expect: missing-auth
export async function GET(req: Request) {
  const orgId = new URL(req.url).searchParams.get('org') ?? '';
  const members = await db.user.findMany({ where: { organizationId: orgId }, select: { id: true, email: true, role: true } });
  return NextResponse.json(members);
}
