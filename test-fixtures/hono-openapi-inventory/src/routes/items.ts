import { OpenAPIHono } from '@hono/zod-openapi'
import { sql } from '../lib/db'
import type { AppEnv } from '../types'
import { listItems, getItem, createItem, deleteItem } from './items.routes'

const items = new OpenAPIHono<AppEnv>()

// ok: missing-auth
items.openapi(listItems, async (c) => {
  const { orgId } = c.get('jwtPayload')
  // ok: unscoped-tenant-query
  const rows = await sql`SELECT id, sku, name, quantity FROM items WHERE org_id = ${orgId} ORDER BY sku`
  return c.json(rows, 200)
})

// ok: missing-auth
items.openapi(getItem, async (c) => {
  const { id } = c.req.valid('param')
  // expect: unscoped-tenant-query
  const [item] = await sql`SELECT id, sku, name, quantity FROM items WHERE id = ${id}`
  if (!item) return c.json({ error: 'Not found' }, 404)
  return c.json(item, 200)
})

// ok: missing-auth, missing-input-validation
items.openapi(createItem, async (c) => {
  const body = c.req.valid('json')
  const { orgId } = c.get('jwtPayload')
  await sql`INSERT INTO items (id, org_id, sku, name, quantity) VALUES (gen_random_uuid(), ${orgId}, ${body.sku}, ${body.name}, ${body.quantity})`
  return c.body(null, 201)
})

// ok: missing-auth
items.openapi(deleteItem, async (c) => {
  const { id } = c.req.valid('param')
  const { orgId } = c.get('jwtPayload')
  // ok: unscoped-tenant-query
  await sql`DELETE FROM items WHERE id = ${id} AND org_id = ${orgId}`
  return c.body(null, 204)
})

export default items
