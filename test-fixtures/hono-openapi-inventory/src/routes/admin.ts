import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { sql } from '../lib/db'
import { requireRole } from '../middleware/requireRole'
import type { AppEnv } from '../types'

const admin = new OpenAPIHono<AppEnv>()

const listOrgs = createRoute({
  method: 'get',
  path: '/orgs',
  middleware: [requireRole('admin')] as const,
  responses: { 200: { description: 'All organisations' } },
})

const suspendOrg = createRoute({
  method: 'post',
  path: '/orgs/{id}/suspend',
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 204: { description: 'Suspended' } },
})

// ok: missing-auth, missing-role-check
admin.openapi(listOrgs, async (c) => {
  const rows = await sql`SELECT id, name, suspended FROM orgs ORDER BY name`
  return c.json(rows, 200)
})

// the role middleware was never added to this definition
// expect: missing-role-check
admin.openapi(suspendOrg, async (c) => {
  const { id } = c.req.valid('param')
  await sql`UPDATE orgs SET suspended = true WHERE id = ${id}`
  return c.body(null, 204)
})

export default admin
