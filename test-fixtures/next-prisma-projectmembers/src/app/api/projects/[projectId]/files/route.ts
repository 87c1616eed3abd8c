import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

type Ctx = { params: Promise<{ projectId: string }> };

// the membership is read for the role shown in the page, and never required
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  const membership = await prisma.projectUser.findFirst({ where: { projectId, userId: session.user.id } });
  // expect: unscoped-tenant-query
  const files = await prisma.projectFile.findMany({ where: { projectId } });
  return NextResponse.json({ role: membership?.role ?? null, files });
}
