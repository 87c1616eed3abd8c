import { and, eq } from 'drizzle-orm'
import { z } from 'zod'

const RoleChange = z.object({ role: z.enum(['requester', 'agent', 'admin']) })

// ok: missing-role-check
export default defineEventHandler(async (event) => {
  const admin = requireRole(event, 'admin')
  const id = getRouterParam(event, 'id')!
  const { role } = await readValidatedBody(event, RoleChange.parse)
  // ok: unscoped-tenant-query
  await db.update(schema.users).set({ role }).where(and(eq(schema.users.id, id), eq(schema.users.orgId, admin.orgId)))
  return { id, role }
})
