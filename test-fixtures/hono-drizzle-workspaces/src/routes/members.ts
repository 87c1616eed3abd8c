import { zValidator } from '@hono/zod-validator'
import { and, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { db } from '../db/client.js'
import { users, workspaceMembers } from '../db/schema.js'
import type { AppEnv } from '../types.js'

// mounted at /api/workspaces/:workspaceId/members behind requireUser + requireWorkspaceMember
export const memberRoutes = new Hono<AppEnv>()

memberRoutes.get('/', async (c) => {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, c.get('membership').workspaceId))
  return c.json(rows)
})

const RoleInput = z.object({ role: z.enum(['admin', 'member']) })

// any member can promote anyone, including themselves
// expect: missing-role-check
memberRoutes.put('/:userId/role', zValidator('json', RoleInput), async (c) => {
  const { role } = c.req.valid('json')
  await db
    .update(workspaceMembers)
    .set({ role })
    .where(and(eq(workspaceMembers.workspaceId, c.get('membership').workspaceId), eq(workspaceMembers.userId, c.req.param('userId'))))
  return c.body(null, 204)
})
