import { Elysia } from 'elysia';
import { Webhook } from 'svix';
import { prisma } from '../lib/db';

export const webhooksModule = new Elysia({ prefix: '/webhooks' })
  // ok: unverified-webhook, missing-auth
  .post('/calendar', async ({ request, set }) => {
    const payload = await request.text();
    const wh = new Webhook(process.env.CALENDAR_WEBHOOK_SECRET!);
    let event: { type: string; data: { bookingId: string; startsAt: string } };
    try {
      event = wh.verify(payload, Object.fromEntries(request.headers)) as typeof event;
    } catch {
      set.status = 400;
      return { error: 'invalid signature' };
    }
    if (event.type === 'event.moved') {
      // ok: unscoped-tenant-query
      await prisma.booking.update({ where: { id: event.data.bookingId }, data: { startsAt: new Date(event.data.startsAt) } });
    }
    return { ok: true };
  })
  // expect: unverified-webhook
  .post('/sms-status', async ({ body }) => {
    const msg = body as { bookingRef: string; status: string; text: string };
    await prisma.smsLog.create({ data: { bookingId: msg.bookingRef, body: `${msg.status}: ${msg.text}` } });
    if (msg.status === 'CANCEL') {
      await prisma.booking.update({ where: { id: msg.bookingRef }, data: { status: 'cancelled' } });
    }
    return 'ok';
  });
