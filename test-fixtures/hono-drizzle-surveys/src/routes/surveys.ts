import { zValidator } from '@hono/zod-validator'
import { and, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { surveys } from '../db/schema'
import { requireRole } from '../middleware/auth'
import type { AppEnv } from '../types'

// Mounted at /api/surveys behind requireSession (src/index.ts).
const app = new Hono<AppEnv>()

const surveyInput = z.object({
  title: z.string().trim().min(1).max(200),
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
  questions: z.array(z.object({ id: z.string(), label: z.string().max(500), kind: z.enum(['text', 'choice', 'scale']) })).max(100),
})

// ok: missing-auth
app.get('/', async (c) => {
  const { workspaceId } = c.get('jwtPayload')
  // ok: unscoped-tenant-query
  const rows = await c.get('db').select().from(surveys).where(eq(surveys.workspaceId, workspaceId))
  return c.json({ surveys: rows })
})

// ok: missing-auth
// ok: missing-input-validation
app.post('/', requireRole('owner', 'editor'), zValidator('json', surveyInput), async (c) => {
  const input = c.req.valid('json')
  const id = crypto.randomUUID()
  await c.get('db').insert(surveys).values({ id, workspaceId: c.get('jwtPayload').workspaceId, ...input })
  return c.json({ id }, 201)
})

// ok: missing-auth
app.get('/:id', async (c) => {
  // expect: unscoped-tenant-query
  const survey = await c.get('db').query.surveys.findFirst({ where: eq(surveys.id, c.req.param('id')) })
  return survey ? c.json(survey) : c.notFound()
})

// the studio sends the workspace in a header when a user belongs to several
app.get('/by-workspace/list', async (c) => {
  const workspaceId = c.req.raw.headers.get('x-workspace-id') ?? ''
  // expect: unscoped-tenant-query
  const rows = await c.get('db').select().from(surveys).where(eq(surveys.workspaceId, workspaceId))
  return c.json({ surveys: rows })
})

// expect: missing-input-validation
app.patch('/:id', requireRole('owner', 'editor'), async (c) => {
  const patch = await c.req.raw.json<{ title?: string; published?: boolean }>()
  // ok: unscoped-tenant-query
  await c.get('db').update(surveys).set({ title: patch.title, published: patch.published })
    .where(and(eq(surveys.id, c.req.param('id')), eq(surveys.workspaceId, c.get('jwtPayload').workspaceId)))
  return c.body(null, 204)
})

app.delete('/:id', requireRole('owner'), async (c) => {
  // expect: unscoped-tenant-query
  await c.get('db').delete(surveys).where(eq(surveys.id, c.req.param('id')))
  return c.body(null, 204)
})

export default app
