import { and, eq, gt } from 'drizzle-orm'
import { Hono } from 'hono'
import { db } from '../db/client.js'
import { projects, shareLinks, tasks } from '../db/schema.js'

export const publicRoutes = new Hono()

publicRoutes.get('/health', (c) => c.json({ status: 'ok' }))

publicRoutes.get('/docs/webhooks', (c) =>
  c.text(`POST /webhooks/billing with an X-Billing-Signature header (hex HMAC-SHA256 of the body).`),
)

// read-only board for people outside the workspace; the token is 32 random bytes, base64url
// ok: missing-auth
publicRoutes.get('/share/:token', async (c) => {
  const [link] = await db
    .select()
    .from(shareLinks)
    .where(and(eq(shareLinks.token, c.req.param('token')), gt(shareLinks.expiresAt, new Date())))
  if (!link) return c.notFound()
  const project = await db.query.projects.findFirst({ where: eq(projects.id, link.projectId) })
  const items = await db
    .select({ title: tasks.title, status: tasks.status })
    .from(tasks)
    .where(eq(tasks.projectId, link.projectId))
  return c.json({ project: project?.name, tasks: items })
})
