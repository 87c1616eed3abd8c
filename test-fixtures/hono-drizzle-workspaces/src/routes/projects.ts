import { zValidator } from '@hono/zod-validator'
import { and, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { db } from '../db/client.js'
import { projects, shareLinks } from '../db/schema.js'
import { ensureWorkspaceAdmin } from '../lib/access.js'
import type { AppEnv } from '../types.js'

// mounted at /api/workspaces/:workspaceId/projects behind requireUser + requireWorkspaceMember
export const projectRoutes = new Hono<AppEnv>()

const ProjectInput = z.object({ name: z.string().min(1).max(120), archived: z.boolean().optional() })

projectRoutes.get('/', async (c) => {
  const rows = await db
    .select()
    .from(projects)
    .where(eq(projects.workspaceId, c.get('membership').workspaceId))
  return c.json(rows)
})

projectRoutes.post('/', zValidator('json', ProjectInput), async (c) => {
  const [row] = await db
    .insert(projects)
    .values({ ...c.req.valid('json'), workspaceId: c.get('membership').workspaceId })
    .returning()
  return c.json(row, 201)
})

projectRoutes.get('/:projectId', async (c) => {
  // ok: unscoped-tenant-query
  const project = await db.query.projects.findFirst({
    where: and(eq(projects.id, c.req.param('projectId')), eq(projects.workspaceId, c.req.param('workspaceId')!)),
  })
  return project ? c.json(project) : c.notFound()
})

projectRoutes.patch('/:projectId', zValidator('json', ProjectInput.partial()), async (c) => {
  // expect: unscoped-tenant-query
  const [row] = await db
    .update(projects)
    .set(c.req.valid('json'))
    .where(eq(projects.id, c.req.param('projectId')))
    .returning()
  return row ? c.json(row) : c.notFound()
})

projectRoutes.delete('/:projectId', async (c) => {
  ensureWorkspaceAdmin(c)
  const { workspaceId } = c.get('membership')
  // ok: unscoped-tenant-query
  await db.delete(projects).where(and(eq(projects.id, c.req.param('projectId')), eq(projects.workspaceId, workspaceId)))
  return c.body(null, 204)
})

projectRoutes.post('/:projectId/share', async (c) => {
  const { workspaceId } = c.get('membership')
  const project = await db.query.projects.findFirst({
    where: and(eq(projects.id, c.req.param('projectId')), eq(projects.workspaceId, workspaceId)),
  })
  if (!project) return c.notFound()
  const token = randomBytes(32).toString('base64url')
  await db.insert(shareLinks).values({
    token,
    workspaceId,
    projectId: project.id,
    expiresAt: new Date(Date.now() + 14 * 86_400_000),
  })
  return c.json({ url: `/share/${token}` }, 201)
})
