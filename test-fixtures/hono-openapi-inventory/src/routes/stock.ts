import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { sql } from '../lib/db'

const stock = new OpenAPIHono()

const stockBySku = createRoute({
  method: 'get',
  path: '/{sku}',
  request: { params: z.object({ sku: z.string() }) },
  responses: { 200: { description: 'Quantity on hand' } },
})

// expect: missing-auth
stock.openapi(stockBySku, async (c) => {
  const { sku } = c.req.valid('param')
  const rows = await sql`SELECT org_id, quantity FROM items WHERE sku = ${sku}`
  return c.json(rows, 200)
})

export default stock
