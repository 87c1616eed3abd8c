import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

// expect: missing-input-validation
export async function PATCH(req: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const { title, startsAt, endsAt } = await req.json();
  // expect: unscoped-tenant-query
  const booking = await prisma.booking.update({
    where: { id: params.id },
    data: { title, startsAt: new Date(startsAt), endsAt: new Date(endsAt) },
  });
  return NextResponse.json(booking);
}

export async function DELETE(_req: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  // ok: unscoped-tenant-query
  const { count } = await prisma.booking.deleteMany({ where: { id: params.id, userId: session.user.id } });
  if (count === 0) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}
