import { createHmac } from 'node:crypto';
import { db } from '@/server/db';

// expect: unverified-webhook
export async function POST(req: Request) {
  const raw = await req.text();
  const expected = createHmac('sha256', process.env.LABS_WEBHOOK_SECRET!).update(raw).digest('hex');
  if (req.headers.get('x-labs-signature') !== expected) {
    return new Response('invalid signature', { status: 401 });
  }
  const result = JSON.parse(raw) as { appointmentId: string; status: string };
  await db.appointment.update({ where: { id: result.appointmentId }, data: { status: `LAB_${result.status}` } });
  return new Response('ok');
}
