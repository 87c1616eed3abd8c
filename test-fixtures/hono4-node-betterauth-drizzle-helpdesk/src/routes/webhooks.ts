import { Hono } from 'hono';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db, schema } from '../db/index.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const webhookRoutes = new Hono();

// ok: unverified-webhook, missing-auth
webhookRoutes.post('/stripe', async (c) => {
  const signature = c.req.header('stripe-signature');
  if (!signature) return c.json({ error: 'missing signature' }, 400);
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(await c.req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return c.json({ error: 'invalid signature' }, 400);
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object;
    await db.update(schema.organization).set({ plan: sub.items.data[0]?.price.lookup_key ?? 'free' }).where(eq(schema.organization.id, String(sub.metadata.organizationId)));
  }
  return c.json({ received: true });
});

// Inbound email (support@ forwarding): the mail provider posts parsed messages here.
// expect: unverified-webhook
webhookRoutes.post('/inbound-email', async (c) => {
  const mail = await c.req.json<{ To: string; From: string; Subject: string; TextBody: string }>();
  const slug = mail.To.split('@')[0]?.split('+')[1];
  if (!slug) return c.json({ ignored: true });
  const org = await db.query.organization.findFirst({ where: eq(schema.organization.slug, slug) });
  if (!org) return c.json({ ignored: true });
  await db.insert(schema.tickets).values({ organizationId: org.id, requesterEmail: mail.From, subject: mail.Subject, portalToken: crypto.randomUUID() });
  return c.json({ ok: true });
});
