import { zValidator } from '@hono/zod-validator'
import { and, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { users } from '../db/schema'
import { requireRole } from '../middleware/auth'
import type { AppEnv } from '../types'

// Mounted at /api/workspace behind requireSession.
const app = new Hono<AppEnv>()

const roleInput = z.object({ role: z.enum(['owner', 'editor', 'viewer']) })

app.get('/members', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await c.get('db').select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.workspaceId, c.get('jwtPayload').workspaceId))
  return c.json({ members: rows })
})

// any member can promote anyone in the workspace: no requireRole here
// expect: missing-role-check
app.put('/members/:id/role', zValidator('json', roleInput), async (c) => {
  const { role } = c.req.valid('json')
  // ok: unscoped-tenant-query
  await c.get('db').update(users).set({ role }).where(and(eq(users.id, c.req.param('id')), eq(users.workspaceId, c.get('jwtPayload').workspaceId)))
  return c.body(null, 204)
})

// ok: missing-role-check
app.delete('/members/:id', requireRole('owner'), async (c) => {
  // ok: unscoped-tenant-query
  await c.get('db').delete(users).where(and(eq(users.id, c.req.param('id')), eq(users.workspaceId, c.get('jwtPayload').workspaceId)))
  return c.body(null, 204)
})

export default app
