import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { db } from '../lib/db';
import { stripe } from '../lib/stripe';
import { purchaseSchema } from '../lib/schemas';
import { requireUser, requireActiveOrg, type AuthVars } from '../middleware/auth';
import { purchaseLimiter } from '../middleware/limits';

export const tickets = new Hono<{ Variables: AuthVars }>();
tickets.use('*', requireUser);

// ok: missing-auth, unscoped-tenant-query
tickets.get('/mine', async (c) => {
  const rows = await db.ticket.findMany({ where: { holderUserId: c.get('userId') }, include: { event: true } });
  return c.json(rows);
});

tickets.get('/:id', async (c) => {
  // ok: unscoped-tenant-query
  const ticket = await db.ticket.findUnique({ where: { id: c.req.param('id') }, include: { event: true } });
  if (!ticket || ticket.holderUserId !== c.get('userId')) return c.json({ error: 'not_found' }, 404);
  return c.json(ticket);
});

// ok: missing-input-validation
tickets.post('/checkout', purchaseLimiter, zValidator('json', purchaseSchema), async (c) => {
  const { eventId, quantity } = c.req.valid('json');
  // ok: unscoped-tenant-query
  const event = await db.event.findFirst({ where: { id: eventId, published: true } });
  if (!event) return c.json({ error: 'not_found' }, 404);
  try {
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ price_data: { currency: 'eur', unit_amount: 2500, product_data: { name: event.title } }, quantity }],
      metadata: { eventId: event.id, userId: c.get('userId') },
      success_url: `${Bun.env.APP_URL}/tickets?paid=1`,
      cancel_url: `${Bun.env.APP_URL}/events/${event.slug}`,
    });
    return c.json({ url: session.url });
  } catch (e) {
    // expect: error-details-leak
    return c.json({ error: (e as Error).message }, 500);
  }
});

// expect: missing-input-validation
tickets.post('/:id/transfer', async (c) => {
  const { email } = await c.req.json();
  // expect: unscoped-tenant-query
  const ticket = await db.ticket.update({
    where: { id: c.req.param('id') },
    data: { holderEmail: email },
  });
  return c.json({ id: ticket.id, holderEmail: ticket.holderEmail });
});

// door staff scan a ticket code for an event of their organization
// ok: missing-input-validation
tickets.post('/check-in', zValidator('json', z.object({ code: z.string().length(12) })), async (c) => {
  const orgId = requireActiveOrg(c);
  // ok: unscoped-tenant-query
  const ticket = await db.ticket.findFirst({ where: { code: c.req.valid('json').code, orgId } });
  if (!ticket || ticket.status !== 'valid') return c.json({ error: 'invalid_ticket' }, 409);
  // ok: unscoped-tenant-query
  await db.ticket.update({ where: { id: ticket.id }, data: { status: 'used', checkedInAt: new Date() } });
  return c.json({ ok: true });
});
