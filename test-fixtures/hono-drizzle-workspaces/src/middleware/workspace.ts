import { and, eq } from 'drizzle-orm'
import { createMiddleware } from 'hono/factory'
import { db } from '../db/client.js'
import { workspaceMembers } from '../db/schema.js'
import type { AppEnv } from '../types.js'

// every /api/workspaces/:workspaceId/* request: the caller must belong to the workspace
export const requireWorkspaceMember = createMiddleware<AppEnv>(async (c, next) => {
  const workspaceId = c.req.param('workspaceId')
  const [membership] = await db
    .select()
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId!), eq(workspaceMembers.userId, c.get('user').sub)))
    .limit(1)
  if (!membership) return c.json({ error: 'not found' }, 404)
  c.set('membership', membership)
  await next()
})
