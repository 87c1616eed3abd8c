import { count, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { db } from '../db/client.js'
import { projects, tasks } from '../db/schema.js'

export const reportRoutes = new Hono()

// public marketing counter
// ok: missing-auth
reportRoutes.get('/stats', async (c) => {
  const [{ n }] = await db.select({ n: count() }).from(projects)
  return c.json({ projects: n })
})

// expect: missing-auth
reportRoutes.get('/workspaces/:workspaceId/status', async (c) => {
  const rows = await db
    .select({ status: tasks.status, n: count() })
    .from(tasks)
    .where(eq(tasks.workspaceId, c.req.param('workspaceId')))
    .groupBy(tasks.status)
  return c.json(rows)
})
