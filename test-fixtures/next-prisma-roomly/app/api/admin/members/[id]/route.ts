import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { z } from 'zod';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

const RoleInput = z.object({ role: z.enum(['MEMBER', 'MANAGER', 'ADMIN']) });

export async function PATCH(req: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role !== 'ADMIN') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  const { role } = RoleInput.parse(await req.json());
  // ok: unscoped-tenant-query
  const result = await prisma.user.updateMany({ where: { id: params.id, workspaceId: session.user.workspaceId }, data: { role } });
  return NextResponse.json({ updated: result.count });
}

export async function DELETE(_req: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role !== 'ADMIN') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  try {
    // expect: unscoped-tenant-query
    await prisma.user.delete({ where: { id: params.id } });
  } catch (e) {
    // expect: error-details-leak
    return NextResponse.json({ error: 'Delete failed', details: e }, { status: 500 });
  }
  return new NextResponse(null, { status: 204 });
}
