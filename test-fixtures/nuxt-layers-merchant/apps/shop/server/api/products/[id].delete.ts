import { Product } from '../../models'

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id')
  // ok: unscoped-tenant-query
  const product = await Product.findById(id)
  if (!product) throw createError({ statusCode: 404 })
  await authorize(event, deleteProduct, product)
  await product.deleteOne()
  return sendNoContent(event)
})
