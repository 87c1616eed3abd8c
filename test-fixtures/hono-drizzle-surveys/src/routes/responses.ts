import { and, desc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { rateLimiter } from 'hono-rate-limiter'
import { responses, surveys } from '../db/schema'
import type { AppEnv } from '../types'

// Mounted at /api behind requireSession.
const app = new Hono<AppEnv>()

const exportLimiter = rateLimiter<AppEnv>({ windowMs: 60 * 60 * 1000, limit: 5, keyGenerator: (c) => c.get('jwtPayload').sub })

app.get('/surveys/:id/responses', async (c) => {
  // expect: unscoped-tenant-query
  const rows = await c.get('db').select().from(responses).where(eq(responses.surveyId, c.req.param('id'))).orderBy(desc(responses.submittedAt)).limit(500)
  return c.json({ responses: rows })
})

app.get('/surveys/:id/responses/count', async (c) => {
  const { workspaceId } = c.get('jwtPayload')
  // ok: unscoped-tenant-query
  const survey = await c.get('db').query.surveys.findFirst({ where: eq(surveys.id, c.req.param('id')) })
  if (!survey || survey.workspaceId !== workspaceId) return c.json({ error: 'not found' }, 404)
  // ok: unscoped-tenant-query
  const rows = await c.get('db').select({ id: responses.id }).from(responses).where(eq(responses.surveyId, survey.id))
  return c.json({ count: rows.length })
})

// expect: missing-rate-limit
app.get('/surveys/:id/export', async (c) => {
  const { workspaceId } = c.get('jwtPayload')
  // ok: unscoped-tenant-query
  const rows = await c.get('db').select().from(responses)
    .where(and(eq(responses.surveyId, c.req.param('id')), eq(responses.workspaceId, workspaceId)))
  return c.body(rows.map((r) => JSON.stringify(r.answers)).join('\n'), 200, { 'content-type': 'application/x-ndjson' })
})

// ok: missing-rate-limit
app.get('/surveys/:id/export.csv', exportLimiter, async (c) => {
  const { workspaceId } = c.get('jwtPayload')
  // ok: unscoped-tenant-query
  const rows = await c.get('db').select().from(responses)
    .where(and(eq(responses.surveyId, c.req.param('id')), eq(responses.workspaceId, workspaceId)))
  return c.body(rows.map((r) => `${r.id},${r.submittedAt.toISOString()}`).join('\n'), 200, { 'content-type': 'text/csv' })
})

export default app
