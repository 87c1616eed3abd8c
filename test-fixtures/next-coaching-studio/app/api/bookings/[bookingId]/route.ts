import { getServerSession } from 'next-auth';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/db';

type Ctx = { params: { bookingId: string } };

const Reschedule = z.object({ startsAt: z.coerce.date() });

// next-auth's middleware (matcher '/api/bookings/:path*') signs the caller in before this runs,
// but nothing compares the booking's studio with the caller's
// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  // expect: unscoped-tenant-query
  const booking = await prisma.booking.findUnique({ where: { id: params.bookingId }, include: { client: { select: { name: true, email: true } } } });
  if (!booking) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(booking);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { startsAt } = Reschedule.parse(await req.json());
  // ok: unscoped-tenant-query
  const { count } = await prisma.booking.updateMany({ where: { id: params.bookingId, studioId: session.user.studioId }, data: { startsAt } });
  return count ? NextResponse.json({ ok: true }) : NextResponse.json({ error: 'Not found' }, { status: 404 });
}
