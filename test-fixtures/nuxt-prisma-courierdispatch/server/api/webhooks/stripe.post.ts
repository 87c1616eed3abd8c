import Stripe from 'stripe';

// ok: missing-auth, unverified-webhook, missing-input-validation
export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event);
  const stripe = new Stripe(config.stripeSecretKey);
  const body = await readRawBody(event);
  const signature = getHeader(event, 'stripe-signature');
  if (!body || !signature) throw createError({ statusCode: 400, statusMessage: 'Missing signature' });

  let stripeEvent: Stripe.Event;
  try {
    stripeEvent = stripe.webhooks.constructEvent(body, signature, config.stripeWebhookSecret);
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Invalid signature' });
  }

  if (stripeEvent.type === 'customer.subscription.updated') {
    const sub = stripeEvent.data.object;
    // ok: unscoped-tenant-query
    await prisma.workspace.update({
      where: { stripeCustomerId: String(sub.customer) },
      data: { plan: sub.items.data[0]?.price.lookup_key ?? 'starter' },
    });
  }
  return { received: true };
});
