import { and, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { db } from '../db/client.js'
import { monitors } from '../db/schema.js'
import { requireSession } from '../middleware/session.js'
import type { AppEnv } from '../types.js'

export const monitorRoutes = new Hono<AppEnv>()

monitorRoutes.use('*', requireSession)

monitorRoutes.get('/', async (c) => {
  const { workspaceId } = c.get('viewer')
  // ok: unscoped-tenant-query
  const rows = await db.select().from(monitors).where(eq(monitors.workspaceId, workspaceId))
  return c.json(rows)
})

monitorRoutes.get('/:id', async (c) => {
  const id = Number(c.req.param('id'))
  // expect: unscoped-tenant-query
  const [row] = await db.select().from(monitors).where(eq(monitors.id, id))
  if (!row) return c.json({ error: 'not found' }, 404)
  return c.json(row)
})

monitorRoutes.delete('/:id', async (c) => {
  const { workspaceId } = c.get('viewer')
  const id = Number(c.req.param('id'))
  // ok: unscoped-tenant-query
  await db.delete(monitors).where(and(eq(monitors.id, id), eq(monitors.workspaceId, workspaceId)))
  return c.body(null, 204)
})
