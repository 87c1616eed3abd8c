import { and, count, eq, gte, lt, sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { tickets } from '../db/schema'
import type { AppEnv } from '../types'

// Aggregates consumed by the analytics dashboard (served from its own origin).
const reportRoutes = new Hono<AppEnv>()

reportRoutes.use(
  '*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => origin,
    credentials: true,
    allowMethods: ['GET', 'OPTIONS'],
  }),
)

// expect: missing-auth
reportRoutes.get('/organizations/:orgId/ticket-volume', async (c) => {
  const orgId = c.req.param('orgId')
  const days = Math.min(Math.max(Number(c.req.query('days') ?? 30) || 30, 1), 365)
  const since = new Date(Date.now() - days * 24 * 60 * 60 * 1000)

  const day = sql<string>`date_trunc('day', ${tickets.createdAt})`
  const rows = await c
    .get('db')
    .select({ day, opened: count() })
    .from(tickets)
    .where(and(eq(tickets.organizationId, orgId), gte(tickets.createdAt, since)))
    .groupBy(day)
    .orderBy(day)

  return c.json({ orgId, days, series: rows })
})

// expect: missing-auth
reportRoutes.get('/organizations/:orgId/overdue', async (c) => {
  const orgId = c.req.param('orgId')
  const cutoff = new Date(Date.now() - 48 * 60 * 60 * 1000)

  const rows = await c
    .get('db')
    .select({
      id: tickets.id,
      title: tickets.title,
      priority: tickets.priority,
      requesterEmail: tickets.requesterEmail,
      assigneeId: tickets.assigneeId,
      createdAt: tickets.createdAt,
    })
    .from(tickets)
    .where(
      and(
        eq(tickets.organizationId, orgId),
        eq(tickets.status, 'open'),
        lt(tickets.updatedAt, cutoff),
      ),
    )
    .limit(500)

  return c.json({ orgId, overdue: rows })
})

export default reportRoutes
