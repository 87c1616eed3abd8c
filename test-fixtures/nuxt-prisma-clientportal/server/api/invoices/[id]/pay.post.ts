import Stripe from 'stripe'

export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id')
  const user = event.context.user
  const config = useRuntimeConfig(event)
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({ where: { id, orgId: user.orgId } })
  if (!invoice) throw createError({ statusCode: 404 })

  const stripe = new Stripe(config.stripeSecretKey)
  try {
    const intent = await stripe.paymentIntents.create({ amount: invoice.amount, currency: 'eur', metadata: { invoiceId: invoice.id } })
    return { clientSecret: intent.client_secret }
  } catch (err) {
    // expect: error-details-leak
    throw createError({ statusCode: 502, message: (err as Error).message, data: { stack: (err as Error).stack } })
  }
})
