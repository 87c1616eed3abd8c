import { Product } from '../../models'

// Stock badge for merchants' own storefront sites.
export default defineEventHandler(async (event) => {
  setResponseHeaders(event, {
    // expect: cors-wildcard
    'Access-Control-Allow-Origin': getHeader(event, 'origin') ?? '*',
    'Access-Control-Allow-Credentials': 'true',
  })
  const { product } = getQuery(event)
  const found = await Product.findOne({ _id: product, published: true }).select('stock').lean()
  return { inStock: (found?.stock ?? 0) > 0 }
})
