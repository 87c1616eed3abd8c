import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { db } from '../db/client.js'
import { members, users, workspaces } from '../db/schema.js'
import { requireSession } from '../middleware/session.js'
import type { AppEnv } from '../types.js'

// the billing pages name the workspace by its slug (a user may belong to several)
export const billingRoutes = new Hono<AppEnv>()

billingRoutes.use('*', requireSession)

const planInput = z.object({ workspaceSlug: z.string(), plan: z.enum(['free', 'team', 'business']) })

billingRoutes.post('/plan', async (c) => {
  const { userId } = c.get('viewer')
  const input = planInput.parse(await c.req.json())
  // ok: unscoped-tenant-query
  const ws = await db.select().from(workspaces).where(eq(workspaces.slug, input.workspaceSlug)).get()
  if (!ws) return c.json({ error: 'not found' }, 404)

  // the caller's membership: joined to a subquery holding only the caller's user row
  const me = db.select().from(users).where(eq(users.id, userId)).as('me')
  // ok: unscoped-tenant-query
  const membership = await db.select().from(members).where(eq(members.workspaceId, ws.id)).innerJoin(me, eq(members.userId, me.id)).get()
  if (!membership) return c.json({ error: 'forbidden' }, 403)

  // ok: unscoped-tenant-query
  await db.update(workspaces).set({ plan: input.plan }).where(eq(workspaces.id, ws.id)).run()
  return c.json({ plan: input.plan })
})

const transferInput = z.object({ workspaceSlug: z.string(), ownerEmail: z.string().email() })

// checks that *someone* (the email the client names) belongs to the workspace, not the caller
billingRoutes.post('/transfer-credit', async (c) => {
  const input = transferInput.parse(await c.req.json())
  // expect: unscoped-tenant-query
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.slug, input.workspaceSlug))
  if (!ws) return c.json({ error: 'not found' }, 404)
  const owner = db.select().from(users).where(eq(users.email, input.ownerEmail)).as('owner')
  const [membership] = await db.select().from(members).innerJoin(owner, eq(members.userId, owner.id)).where(eq(members.workspaceId, ws.id))
  if (!membership) return c.json({ error: 'forbidden' }, 403)
  // (judged by the lookup of `ws` above: its row is no caller's)
  await db.update(workspaces).set({ plan: 'team' }).where(eq(workspaces.id, ws.id))
  return c.json({ ok: true })
})
