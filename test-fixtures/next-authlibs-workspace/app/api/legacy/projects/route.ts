import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// kept for the old mobile app; nobody added a session check
// expect: missing-auth
export async function GET(req: Request) {
  const workspaceId = new URL(req.url).searchParams.get('workspace') ?? '';
  return NextResponse.json(await prisma.project.findMany({ where: { workspaceId } }));
}
