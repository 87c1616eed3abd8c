import Stripe from 'stripe';

// ok: unverified-webhook, missing-auth
export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event);
  const stripe = new Stripe(config.stripeSecretKey);
  const raw = await readRawBody(event);
  const signature = getHeader(event, 'stripe-signature') ?? '';
  let stripeEvent: Stripe.Event;
  try {
    stripeEvent = stripe.webhooks.constructEvent(raw ?? '', signature, config.stripeWebhookSecret);
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Bad signature' });
  }
  if (stripeEvent.type === 'invoice.paid') {
    const inv = stripeEvent.data.object as Stripe.Invoice;
    await prisma.invoice.updateMany({ where: { stripeId: inv.id }, data: { status: 'paid' } });
  }
  return { received: true };
});
