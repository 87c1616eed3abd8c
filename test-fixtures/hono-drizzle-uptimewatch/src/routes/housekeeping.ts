import { and, inArray, isNull, lt } from 'drizzle-orm'
import { Hono } from 'hono'
import { db } from '../db/client.js'
import { incidents } from '../db/schema.js'
import { env } from '../env.js'

export const housekeepingRoutes = new Hono()

housekeepingRoutes.use('*', async (c, next) => {
  if (c.req.header('authorization') !== `Bearer ${env().CRON_SECRET}`) {
    return c.text('Unauthorized', 401)
  }
  await next()
})

housekeepingRoutes.post('/incidents/close-stale', async (c) => {
  const cutoff = new Date(Date.now() - 7 * 24 * 3600 * 1000)
  // ok: unscoped-tenant-query
  const stale = await db
    .select({ id: incidents.id })
    .from(incidents)
    .where(and(isNull(incidents.resolvedAt), lt(incidents.startedAt, cutoff)))
  if (!stale.length) return c.json({ closed: 0 })
  // ok: unscoped-tenant-query
  await db.update(incidents).set({ resolvedAt: new Date() }).where(inArray(incidents.id, stale.map((s) => s.id)))
  return c.json({ closed: stale.length })
})
