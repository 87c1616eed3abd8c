import Stripe from 'stripe';

// ok: missing-auth, unverified-webhook
export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event);
  const stripe = new Stripe(config.stripeSecretKey);
  const payload = await readRawBody(event);
  const signature = getHeader(event, 'stripe-signature');
  if (!payload || !signature) throw createError({ statusCode: 400, statusMessage: 'Missing signature' });

  let stripeEvent: Stripe.Event;
  try {
    stripeEvent = await stripe.webhooks.constructEventAsync(payload, signature, config.stripeWebhookSecret);
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Invalid signature' });
  }

  if (stripeEvent.type === 'checkout.session.completed') {
    const checkout = stripeEvent.data.object as Stripe.Checkout.Session;
    await prisma.workspace.update({
      where: { id: checkout.client_reference_id! },
      data: { name: checkout.customer_details?.name ?? undefined },
    });
  }
  return { received: true };
});
