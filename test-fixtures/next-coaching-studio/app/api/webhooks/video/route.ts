import { createHmac } from 'crypto';
import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db';

// The video provider signs each call; the comparison below is a plain string compare (timing-unsafe).
// ok: missing-auth
// expect: unverified-webhook
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get('x-video-signature');
  const expected = createHmac('sha256', process.env.VIDEO_WEBHOOK_SECRET!).update(raw).digest('hex');
  if (signature !== expected) return NextResponse.json({ error: 'bad signature' }, { status: 401 });

  const payload = JSON.parse(raw) as { event: string; meetingId: string };
  if (payload.event === 'meeting.ended') {
    try {
      await prisma.booking.update({ where: { videoMeetingId: payload.meetingId }, data: { status: 'completed' } });
    } catch (err) {
      // expect: error-details-leak
      return NextResponse.json({ error: (err as Error).message }, { status: 500 });
    }
  }
  return NextResponse.json({ ok: true });
}
