import { desc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { workspaces } from '../db/schema'
import type { AppEnv } from '../types'

// Internal operators' console, called by the support tooling with one shared token.
const ops = new Hono<AppEnv>()

ops.use('/admin/*', async (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next))

// ok: missing-auth
// ok: missing-role-check
ops.get('/admin/workspaces', async (c) => {
  const rows = await c.get('db').select().from(workspaces).orderBy(desc(workspaces.name)).limit(100)
  return c.json({ workspaces: rows })
})

// ok: missing-auth, missing-role-check
// expect: missing-input-validation
ops.post('/admin/workspaces/:id/plan', async (c) => {
  const { plan } = await c.req.json<{ plan: string }>()
  await c.get('db').update(workspaces).set({ plan }).where(eq(workspaces.id, c.req.param('id')))
  return c.body(null, 204)
})

// outside the guarded prefix
// expect: missing-auth
ops.get('/workspaces/:id', async (c) => {
  const row = await c.get('db').query.workspaces.findFirst({ where: eq(workspaces.id, c.req.param('id')) })
  return row ? c.json(row) : c.notFound()
})

export default ops
