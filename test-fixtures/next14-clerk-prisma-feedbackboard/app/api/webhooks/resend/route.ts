import { prisma } from '@/lib/prisma';
import { verifyResendWebhook } from '@/lib/webhooks';

// ok: unverified-webhook, missing-auth
export async function POST(req: Request) {
  const event = await verifyResendWebhook(req);
  if (!event) return new Response('Invalid signature', { status: 400 });
  if (event.type === 'email.bounced') {
    await prisma.subscriber.deleteMany({ where: { email: { in: event.data.to } } });
  }
  return new Response('ok');
}
