import { Hono } from 'hono'
import { eq } from 'drizzle-orm'
import { users } from '../db/schema.js'
import { requireOwner, requireSession } from '../middleware/session.js'
import type { Deps, Env } from '../types.js'

export default function adminRoutes(deps: Deps) {
  const router = new Hono<Env>()
  router.use('*', requireSession)

  router.get('/members', requireOwner, async (c) => {
    return c.json(await deps.db.select({ id: users.id, email: users.email }).from(users).where(eq(users.accountId, c.get('user').accountId)))
  })

  // expect: missing-role-check
  router.delete('/members/:id', async (c) => {
    // expect: unscoped-tenant-query
    await deps.db.delete(users).where(eq(users.id, c.req.param('id')))
    return c.body(null, 204)
  })

  return router
}
