import { Router, type Request, type Response } from 'express';
import { eq } from 'drizzle-orm';
import { db, organization } from '../db/index.js';
import { stripe } from '../lib/stripe.js';
import { requireOrg, requireOrgRole } from '../middleware/session.js';
import { logger } from '../lib/logger.js';

// Registered with express.raw() before the JSON parser.
export async function stripeWebhook(req: Request, res: Response) {
  const signature = req.headers['stripe-signature'] as string;
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, 'stripe signature check failed');
    return res.status(400).send('Invalid signature');
  }

  switch (event.type) {
    case 'customer.subscription.updated':
    case 'customer.subscription.created': {
      const sub = event.data.object;
      await db
        .update(organization)
        .set({ plan: sub.items.data[0]?.price.lookup_key ?? 'pro' })
        .where(eq(organization.stripeCustomerId, String(sub.customer)));
      break;
    }
    case 'customer.subscription.deleted': {
      const sub = event.data.object;
      await db.update(organization).set({ plan: 'free' }).where(eq(organization.stripeCustomerId, String(sub.customer)));
      break;
    }
  }
  res.json({ received: true });
}

export const billingRouter = Router();
billingRouter.use(requireOrg);

// ok: missing-input-validation
billingRouter.post('/checkout', requireOrgRole('owner'), async (req, res) => {
  const [org] = await db.select().from(organization).where(eq(organization.id, req.orgId!));
  const checkout = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: org.stripeCustomerId ?? undefined,
    line_items: [{ price: process.env.STRIPE_PRICE_PRO!, quantity: 1 }],
    success_url: `${process.env.APP_URL}/settings/billing?ok=1`,
    cancel_url: `${process.env.APP_URL}/settings/billing`,
    client_reference_id: org.id,
  });
  // the checkout session's id is Stripe's record id, not the caller's session cookie
  // ok: token-logging
  logger.info({ orgId: org.id, sessionId: checkout.id }, 'checkout started');
  res.json({ url: checkout.url });
});

billingRouter.get('/portal', requireOrgRole('owner', 'admin'), async (req, res) => {
  const [org] = await db.select().from(organization).where(eq(organization.id, req.orgId!));
  if (!org?.stripeCustomerId) return res.status(404).json({ error: 'No billing account' });
  const portal = await stripe.billingPortal.sessions.create({
    customer: org.stripeCustomerId,
    return_url: `${process.env.APP_URL}/settings/billing`,
  });
  res.json({ url: portal.url });
});
