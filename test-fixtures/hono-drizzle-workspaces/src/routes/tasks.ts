import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { db } from '../db/client.js'
import { tasks } from '../db/schema.js'
import { requireUser } from '../middleware/bearer.js'
import { isMember } from '../lib/access.js'
import type { AppEnv } from '../types.js'

// task links are global (/api/tasks/:id) so they can be pasted into chat
export const taskRoutes = new Hono<AppEnv>()
taskRoutes.use('*', requireUser)

taskRoutes.get('/mine', async (c) => {
  const rows = await db.select().from(tasks).where(eq(tasks.assigneeId, c.get('user').sub))
  return c.json(rows)
})

taskRoutes.get('/:taskId', async (c) => {
  // ok: unscoped-tenant-query
  const task = await db.query.tasks.findFirst({ where: eq(tasks.id, c.req.param('taskId')) })
  if (!task || !(await isMember(c.get('user').sub, task.workspaceId))) {
    return c.json({ error: 'not found' }, 404)
  }
  return c.json(task)
})

// expect: missing-input-validation
taskRoutes.patch('/:taskId', async (c) => {
  const body = await c.req.json<{ title?: string; status?: string; assigneeId?: string }>()
  // expect: unscoped-tenant-query
  const [row] = await db.update(tasks).set(body).where(eq(tasks.id, c.req.param('taskId'))).returning()
  return c.json(row)
})
