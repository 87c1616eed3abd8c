import crypto from 'node:crypto';
import { prisma } from '@/lib/prisma';

// delivery events from the mail provider (bounces mark the client's address)
// expect: unverified-webhook
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get('x-resend-signature') ?? '';
  const expected = crypto.createHmac('sha256', process.env.RESEND_WEBHOOK_SECRET!).update(raw).digest('hex');
  if (signature !== expected) return new Response('Bad signature', { status: 401 });
  const event = JSON.parse(raw) as { type: string; data: { to: string[] } };
  if (event.type === 'email.bounced') {
    await prisma.client.updateMany({ where: { email: { in: event.data.to } }, data: { notes: 'Email bounced' } });
  }
  return Response.json({ ok: true });
}
