import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { db } from '../db/client.js'
import { monitors } from '../db/schema.js'
import { env } from '../env.js'

// a reseller's integration: one key for the whole area, yet the ids it sends are customers' monitors
export const partnerRoutes = new Hono()

partnerRoutes.use('*', async (c, next) => {
  if (c.req.header('x-api-key') !== env().PARTNER_API_KEY) {
    return c.json({ error: 'forbidden' }, 403)
  }
  await next()
})

partnerRoutes.get('/monitors/:id', async (c) => {
  // expect: unscoped-tenant-query
  const [row] = await db.select().from(monitors).where(eq(monitors.id, Number(c.req.param('id'))))
  return row ? c.json(row) : c.json({ error: 'not found' }, 404)
})
