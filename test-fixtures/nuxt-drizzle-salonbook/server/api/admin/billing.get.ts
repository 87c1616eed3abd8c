import { eq } from 'drizzle-orm'

// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  const owner = await requireOwner(event)
  // ok: unscoped-tenant-query
  const salon = await db.query.salons.findFirst({ where: eq(tables.salons.id, owner.salonId) })
  if (!salon?.stripeCustomerId) return { invoices: [] }
  try {
    const invoices = await stripe.invoices.list({ customer: salon.stripeCustomerId, limit: 12 })
    return { invoices: invoices.data }
  } catch (err: any) {
    // expect: error-details-leak
    throw createError({ statusCode: 502, message: err.message, data: { stack: err.stack } })
  }
})
