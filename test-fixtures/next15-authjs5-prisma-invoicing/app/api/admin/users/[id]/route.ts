import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

const RoleChange = z.object({ role: z.enum(['ADMIN', 'MEMBER']) });

// ok: missing-role-check, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role !== 'OWNER' && session.user.role !== 'ADMIN') {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  const { role } = RoleChange.parse(await req.json());
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.updateMany({ where: { id, teamId: session.user.teamId }, data: { role } });
  if (count === 0) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json({ ok: true });
}

// expect: missing-role-check
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (id === session.user.id) return NextResponse.json({ error: 'You cannot remove yourself' }, { status: 400 });
  // expect: unscoped-tenant-query
  await prisma.user.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
