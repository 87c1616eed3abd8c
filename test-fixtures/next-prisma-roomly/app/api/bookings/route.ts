import { NextResponse } from 'next/server';
import { requireUser } from '@/lib/session';
import { prisma } from '@/lib/prisma';

export async function GET() {
  const user = await requireUser();
  // ok: unscoped-tenant-query
  const bookings = await prisma.booking.findMany({ where: { userId: user.id }, include: { room: true } });
  return NextResponse.json(bookings);
}

// expect: missing-input-validation
export async function POST(req: Request) {
  const user = await requireUser();
  const body = await req.json();
  const booking = await prisma.booking.create({
    data: {
      title: body.title,
      roomId: body.roomId,
      startsAt: new Date(body.startsAt),
      endsAt: new Date(body.endsAt),
      userId: user.id,
      workspaceId: user.workspaceId,
    },
  });
  return NextResponse.json(booking, { status: 201 });
}
