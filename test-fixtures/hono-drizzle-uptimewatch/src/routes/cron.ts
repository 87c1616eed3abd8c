import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { db } from '../db/client.js'
import { monitors } from '../db/schema.js'
import { env } from '../env.js'

// the scheduler calls these with the shared secret: no user, so no workspace of its own
export const cronRoutes = new Hono()

cronRoutes.use('*', async (c, next) => {
  if (c.req.header('authorization') !== env().CRON_SECRET) {
    return c.text('Unauthorized', 401)
  }
  return next()
})

cronRoutes.get('/checks/:period', async (c) => {
  const period = c.req.param('period')
  if (!['30s', '1m', '10m', '1h'].includes(period)) return c.json({ error: 'bad period' }, 400)
  // ok: unscoped-tenant-query
  const due = await db.select().from(monitors).where(eq(monitors.periodicity, period))
  return c.json({ queued: due.length })
})
