import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { auth } from '@/lib/better-auth';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
export async function GET(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const workspaceId = new URL(req.url).searchParams.get('workspaceId');
  // expect: unscoped-tenant-query
  const members = await prisma.member.findMany({ where: { workspaceId: workspaceId ?? '' } });
  return NextResponse.json(members);
}
