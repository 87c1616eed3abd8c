import { Product } from '../../models'

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const { account } = getQuery(event)
  return Product.find({ accountId: account, published: true }).select('name price stock').lean()
})
