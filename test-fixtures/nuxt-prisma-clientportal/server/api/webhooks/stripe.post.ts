import Stripe from 'stripe'

// ok: missing-auth, unverified-webhook
export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event)
  const stripe = new Stripe(config.stripeSecretKey)
  const payload = await readRawBody(event)
  const signature = getHeader(event, 'stripe-signature')
  if (!payload || !signature) throw createError({ statusCode: 400, statusMessage: 'Missing signature' })

  let stripeEvent: Stripe.Event
  try {
    stripeEvent = stripe.webhooks.constructEvent(payload, signature, config.stripeWebhookSecret)
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Bad signature' })
  }

  if (stripeEvent.type === 'customer.subscription.updated') {
    const sub = stripeEvent.data.object as Stripe.Subscription
    await prisma.organization.update({
      where: { stripeCustomerId: String(sub.customer) },
      data: { plan: sub.items.data[0]?.price.lookup_key ?? 'free' },
    })
  }
  return { received: true }
})
