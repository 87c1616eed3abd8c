import { and, eq, gt } from 'drizzle-orm'
import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { db } from '../db/client.js'
import { sessions } from '../db/schema.js'
import type { AppEnv } from '../types.js'

export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  const sid = getCookie(c, 'uw_session')
  if (!sid) return c.json({ error: 'unauthorized' }, 401)
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, sid), gt(sessions.expiresAt, new Date())))
  if (!row) return c.json({ error: 'unauthorized' }, 401)
  c.set('viewer', { userId: row.userId, workspaceId: row.workspaceId })
  await next()
})
