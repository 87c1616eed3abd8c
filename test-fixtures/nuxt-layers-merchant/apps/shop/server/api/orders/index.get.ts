import { Order } from '../../models'

export default defineEventHandler(async (event) => {
  const session = await requireSession(event)
  // ok: unscoped-tenant-query
  return Order.find({ accountId: session.user.accountId }).sort({ _id: -1 }).limit(100).lean()
})
