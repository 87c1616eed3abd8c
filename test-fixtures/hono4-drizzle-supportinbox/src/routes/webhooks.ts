import { Hono } from 'hono';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, messages, tickets } from '../db';
import { env } from '../lib/env';

export const webhookRoutes = new Hono();

function validSignature(raw: string, header: string | undefined) {
  if (!header) return false;
  const expected = createHmac('sha256', env.inboundSigningKey).update(raw).digest();
  const given = Buffer.from(header, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// Inbound email relay: a customer replied to a notification.
// ok: missing-auth, unverified-webhook, missing-input-validation
webhookRoutes.post('/inbound-mail', async (c) => {
  const raw = await c.req.text();
  if (!validSignature(raw, c.req.header('x-relay-signature'))) {
    return c.json({ error: 'invalid signature' }, 401);
  }
  const mail = JSON.parse(raw) as { ticketToken: string; text: string };
  const [ticket] = await db.select().from(tickets).where(eq(tickets.shareToken, mail.ticketToken)).limit(1);
  if (!ticket) return c.json({ ignored: true });
  await db.insert(messages).values({ ticketId: ticket.id, orgId: ticket.orgId, body: mail.text });
  return c.json({ ok: true });
});

// Delivery status callbacks from the outbound mail provider.
// expect: unverified-webhook
webhookRoutes.post('/mail-status', async (c) => {
  const event = await c.req.json<{ ticketId: string; status: 'bounced' | 'delivered' }>();
  if (event.status === 'bounced') {
    await db.update(tickets).set({ status: 'needs_attention' }).where(eq(tickets.id, event.ticketId));
  }
  return c.json({ ok: true });
});
