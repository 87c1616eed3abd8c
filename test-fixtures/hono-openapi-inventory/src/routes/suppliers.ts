import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { HTTPException } from 'hono/http-exception'
import { getPurchaseOrderById, markPurchaseOrderConfirmed } from '../lib/purchaseOrders'
import { verifySupplierToken } from '../lib/supplierLinks'

const suppliers = new OpenAPIHono()

const confirmOrder = createRoute({
  method: 'post',
  path: '/confirm',
  request: { body: { content: { 'application/json': { schema: z.object({ token: z.string().min(20) }) } } } },
  responses: { 200: { description: 'Purchase order confirmed' }, 401: { description: 'Link expired' } },
})

// the signed link is the supplier's credential; the order id comes out of its verified claims
// ok: missing-auth
suppliers.openapi(confirmOrder, async (c) => {
  const { token } = c.req.valid('json')
  let purchaseOrderId: string
  try {
    const claims = (await verifySupplierToken(decodeURIComponent(token))) as { purchaseOrderId: string }
    purchaseOrderId = claims.purchaseOrderId
  } catch {
    throw new HTTPException(401, { message: 'This link is not valid' })
  }
  const order = await getPurchaseOrderById({ id: purchaseOrderId })
  if (!order) throw new HTTPException(404, { message: 'Unknown purchase order' })
  if (order.status === 'sent') await markPurchaseOrderConfirmed({ id: purchaseOrderId })
  return c.json({ ok: true }, 200)
})

export default suppliers
