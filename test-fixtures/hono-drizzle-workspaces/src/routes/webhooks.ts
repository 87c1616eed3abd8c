import { createHmac, timingSafeEqual } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { db } from '../db/client.js'
import { workspaces } from '../db/schema.js'

export const webhooks = new Hono()

// ok: missing-auth
webhooks.post('/billing', async (c) => {
  const raw = await c.req.text()
  const expected = createHmac('sha256', process.env.BILLING_WEBHOOK_SECRET!).update(raw).digest()
  const given = Buffer.from(c.req.header('X-Billing-Signature') ?? '', 'hex')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return c.json({ error: 'bad signature' }, 400)
  }
  const event = JSON.parse(raw) as { type: string; workspaceId: string; plan: string; seats: number }
  if (event.type === 'subscription.updated') {
    // ok: unscoped-tenant-query
    await db.update(workspaces).set({ plan: event.plan, seats: event.seats }).where(eq(workspaces.id, event.workspaceId))
  }
  return c.body(null, 204)
})
