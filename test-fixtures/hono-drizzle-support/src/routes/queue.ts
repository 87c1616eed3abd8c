import { and, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { tickets } from '../db/schema'
import { requireAuth } from '../middleware/auth'
import type { AppEnv } from '../types'

// RPC style: one chained expression, so the web client infers its types (`hc<QueueRoutes>`).
// Links run in the order written: the wallboard route sits before the guard.
const queueRoutes = new Hono<AppEnv>()
  // expect: missing-auth
  .get('/wallboard/:orgId', async (c) => {
    const rows = await c
      .get('db')
      .select({ id: tickets.id, title: tickets.title, priority: tickets.priority })
      .from(tickets)
      .where(and(eq(tickets.organizationId, c.req.param('orgId')), eq(tickets.status, 'open')))
    return c.json({ tickets: rows })
  })
  .use('*', requireAuth)
  // ok: missing-auth
  .get('/mine', async (c) => {
    const user = c.get('user')
    // ok: unscoped-tenant-query
    const rows = await c.get('db').select().from(tickets).where(and(eq(tickets.organizationId, user.orgId), eq(tickets.assigneeId, user.id)))
    return c.json({ tickets: rows })
  })

export default queueRoutes
export type QueueRoutes = typeof queueRoutes
