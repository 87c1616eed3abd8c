import { Order } from '../../../models'

// ok: missing-auth
export default defineEventHandler({
  onRequest: [requireMerchant],
  handler: async (event) => {
    const { user } = event.context.session
    // ok: unscoped-tenant-query
    const order = await Order.findOneAndUpdate(
      { _id: getRouterParam(event, 'id'), accountId: user.accountId, status: 'paid' },
      { status: 'refunded' },
      { new: true },
    )
    if (!order) throw createError({ statusCode: 409, statusMessage: 'Order cannot be refunded' })
    return order
  },
})
