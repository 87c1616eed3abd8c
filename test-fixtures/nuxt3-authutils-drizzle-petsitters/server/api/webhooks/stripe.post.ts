import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { agencies } from '../../database/schema';

// ok: unverified-webhook, missing-auth
export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event);
  const stripe = new Stripe(config.stripeSecretKey);
  const raw = await readRawBody(event);
  const signature = getHeader(event, 'stripe-signature');
  let evt: Stripe.Event;
  try {
    evt = stripe.webhooks.constructEvent(raw!, signature!, config.stripeWebhookSecret);
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Invalid signature' });
  }
  if (evt.type === 'customer.subscription.updated') {
    const sub = evt.data.object as Stripe.Subscription;
    await useDb().update(agencies).set({ plan: sub.metadata.plan }).where(eq(agencies.stripeCustomerId, String(sub.customer)));
  }
  return { received: true };
});
