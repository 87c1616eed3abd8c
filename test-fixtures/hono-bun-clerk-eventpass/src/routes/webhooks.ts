import { Hono } from 'hono';
import { Webhook } from 'svix';
import type Stripe from 'stripe';
import { db } from '../lib/db';
import { stripe } from '../lib/stripe';

export const webhooks = new Hono();

// ok: unverified-webhook, missing-auth
webhooks.post('/clerk', async (c) => {
  const payload = await c.req.text();
  // expect: token-logging
  console.log('clerk webhook received', c.req.header());
  const wh = new Webhook(Bun.env.CLERK_WEBHOOK_SECRET!);
  let evt: { type: string; data: any };
  try {
    evt = wh.verify(payload, {
      'svix-id': c.req.header('svix-id')!,
      'svix-timestamp': c.req.header('svix-timestamp')!,
      'svix-signature': c.req.header('svix-signature')!,
    }) as { type: string; data: any };
  } catch {
    return c.json({ error: 'invalid signature' }, 400);
  }
  if (evt.type === 'user.created' || evt.type === 'user.updated') {
    const email = evt.data.email_addresses?.[0]?.email_address ?? '';
    await db.profile.upsert({
      where: { id: evt.data.id },
      create: { id: evt.data.id, email, firstName: evt.data.first_name, lastName: evt.data.last_name },
      update: { email, firstName: evt.data.first_name, lastName: evt.data.last_name },
    });
  }
  return c.json({ ok: true });
});

// ok: unverified-webhook, missing-auth
webhooks.post('/stripe', async (c) => {
  const signature = c.req.header('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(await c.req.text(), signature, Bun.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return c.json({ error: 'invalid signature' }, 400);
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    const { eventId, userId } = session.metadata ?? {};
    const ev = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    await db.ticket.create({
      data: { code: crypto.randomUUID().slice(0, 12), eventId: ev.id, orgId: ev.orgId, holderUserId: userId, holderEmail: session.customer_details?.email ?? '' },
    });
  }
  return c.json({ received: true });
});

// the mail provider posts bounces so we stop mailing dead addresses
// expect: unverified-webhook
webhooks.post('/mail/bounces', async (c) => {
  const events = (await c.req.json()) as { type: string; email: string }[];
  for (const e of events) {
    if (e.type === 'bounce') await db.ticket.updateMany({ where: { holderEmail: e.email }, data: { status: 'email_bounced' } });
  }
  return c.body(null, 204);
});
