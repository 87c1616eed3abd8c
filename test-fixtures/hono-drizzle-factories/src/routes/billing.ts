import { Hono } from 'hono'
import { zValidator } from '@hono/zod-validator'
import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import { invoices, paymentMethods } from '../db/schema.js'
import { requireOwner } from '../middleware/session.js'
import type { Deps, Env } from '../types.js'

const CardInput = z.object({ brand: z.string().max(20), last4: z.string().length(4) })

export function createBillingRoutes({ db }: Deps) {
  const app = new Hono<Env>()

  app.get('/invoices', async (c) => {
    const user = c.get('user')
    return c.json(await db.select().from(invoices).where(eq(invoices.accountId, user.accountId)))
  })

  app.get('/invoices/:id', async (c) => {
    const user = c.get('user')
    // ok: unscoped-tenant-query
    const [row] = await db.select().from(invoices).where(and(eq(invoices.id, c.req.param('id')), eq(invoices.accountId, user.accountId)))
    return row ? c.json(row) : c.json({ error: 'not found' }, 404)
  })

  app.post('/payment-methods', requireOwner, zValidator('json', CardInput), async (c) => {
    const user = c.get('user')
    const [row] = await db.insert(paymentMethods).values({ ...c.req.valid('json'), accountId: user.accountId }).returning()
    return c.json(row, 201)
  })

  // any signed-in member of any account removes a card by its id
  app.delete('/payment-methods/:id', async (c) => {
    // expect: unscoped-tenant-query
    await db.delete(paymentMethods).where(eq(paymentMethods.id, c.req.param('id')))
    return c.body(null, 204)
  })

  return app
}
