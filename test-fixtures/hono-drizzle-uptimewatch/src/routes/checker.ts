import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { env } from 'hono/adapter'
import { z } from 'zod'
import { db } from '../db/client.js'
import { monitors } from '../db/schema.js'

const resultSchema = z.object({
  monitorId: z.number(),
  status: z.enum(['active', 'degraded', 'error']),
})

// probes in every region post their results here
export const checkerRoutes = new Hono()

checkerRoutes.post('/results', async (c) => {
  const { CRON_SECRET } = env<{ CRON_SECRET: string }>(c)
  if (c.req.header('authorization') !== `Basic ${CRON_SECRET}`) {
    return c.text('Unauthorized', 401)
  }
  const parsed = resultSchema.safeParse(await c.req.json())
  if (!parsed.success) return c.text('Unprocessable Entity', 422)
  // ok: unscoped-tenant-query
  await db.update(monitors).set({ status: parsed.data.status }).where(eq(monitors.id, parsed.data.monitorId))
  return c.json({ ok: true })
})
