import { sql } from './db'

export async function getPurchaseOrderById(params: { id: string }) {
  // ok: unscoped-tenant-query
  const [order] = await sql`SELECT id, org_id, status FROM purchase_orders WHERE id = ${params.id}`
  return order
}

export async function markPurchaseOrderConfirmed(params: { id: string }) {
  // ok: unscoped-tenant-query
  await sql`UPDATE purchase_orders SET status = 'confirmed', confirmed_at = now() WHERE id = ${params.id}`
}
