import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// Shown on the lobby screen, no login: room names and meeting titles only
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: { workspaceSlug: string } }) {
  const bookings = await prisma.booking.findMany({
    where: { workspace: { slug: params.workspaceSlug }, startsAt: { gte: new Date() } },
    select: { title: true, startsAt: true, endsAt: true, room: { select: { name: true } } },
  });
  return NextResponse.json(bookings);
}
