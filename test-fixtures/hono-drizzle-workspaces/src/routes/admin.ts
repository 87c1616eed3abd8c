import { zValidator } from '@hono/zod-validator'
import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { db } from '../db/client.js'
import { workspaces } from '../db/schema.js'
import { requireStaff, requireUser } from '../middleware/bearer.js'
import type { AppEnv } from '../types.js'

export const adminRoutes = new Hono<AppEnv>()
adminRoutes.use('*', requireUser, requireStaff)

// ok: missing-role-check, unscoped-tenant-query
adminRoutes.get('/workspaces', async (c) => c.json(await db.select().from(workspaces)))

// ok: missing-role-check
adminRoutes.post('/workspaces/:id/seats', zValidator('json', z.object({ seats: z.number().int().min(1) })), async (c) => {
  // ok: unscoped-tenant-query
  await db.update(workspaces).set({ seats: c.req.valid('json').seats }).where(eq(workspaces.id, c.req.param('id')))
  return c.body(null, 204)
})
