import { eq } from 'drizzle-orm'

// ok: missing-auth, unverified-webhook
export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event)
  const raw = await readRawBody(event)
  const signature = getHeader(event, 'stripe-signature')
  if (!raw || !signature) throw createError({ statusCode: 400 })
  let stripeEvent
  try {
    stripeEvent = stripe.webhooks.constructEvent(raw, signature, config.stripeWebhookSecret)
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Bad signature' })
  }
  if (stripeEvent.type === 'customer.subscription.updated') {
    const sub = stripeEvent.data.object
    // ok: unscoped-tenant-query
    await db
      .update(tables.salons)
      .set({ plan: sub.items.data[0]?.price.lookup_key ?? 'free' })
      .where(eq(tables.salons.stripeCustomerId, String(sub.customer)))
  }
  return { received: true }
})
