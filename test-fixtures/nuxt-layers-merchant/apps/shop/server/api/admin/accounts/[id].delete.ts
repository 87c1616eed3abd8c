import { Account, Order, Product } from '../../../models'

// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id')
  await Promise.all([Product.deleteMany({ accountId: id }), Order.deleteMany({ accountId: id })])
  await Account.findByIdAndDelete(id)
  return sendNoContent(event)
})
