import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

export async function GET(_req: Request, { params }: { params: { id: string } }) {
  // expect: unscoped-tenant-query
  const room = await prisma.room.findUnique({
    where: { id: params.id },
    include: { bookings: { where: { startsAt: { gte: new Date() } } } },
  });
  if (!room) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(room);
}

export async function DELETE(_req: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession(authOptions);
  if (session?.user.role !== 'ADMIN') {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  // ok: unscoped-tenant-query
  await prisma.room.deleteMany({ where: { id: params.id, workspaceId: session.user.workspaceId } });
  return new NextResponse(null, { status: 204 });
}
