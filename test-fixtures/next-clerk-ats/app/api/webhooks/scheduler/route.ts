import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';

// Calendar scheduling provider notifies us when a candidate books / moves / cancels a slot.
const SchedulerEventSchema = z.object({
  event: z.enum(['booking.created', 'booking.rescheduled', 'booking.cancelled']),
  payload: z.object({
    bookingId: z.string().min(1).max(200),
    interviewId: z.string().cuid(),
    startTime: z.string().datetime(),
    durationMins: z.number().int().min(15).max(480),
    location: z.string().max(300).optional(),
  }),
});

// expect: unverified-webhook
// ok: missing-auth
export async function POST(req: Request) {
  const parsed = SchedulerEventSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid payload' }, { status: 400 });
  }
  const { event, payload } = parsed.data;

  await prisma.interview.update({
    where: { id: payload.interviewId },
    data: {
      externalEventId: payload.bookingId,
      scheduledAt: new Date(payload.startTime),
      durationMins: payload.durationMins,
      location: payload.location,
      status: event === 'booking.cancelled' ? 'CANCELED' : 'SCHEDULED',
    },
  });

  return NextResponse.json({ received: true });
}
