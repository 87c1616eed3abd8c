import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Env } from './types'

// A sub-app that only holds middleware: mounted with app.route('/api', guard), its
// middleware runs for every /api route the parent registers after it.
export const guard = new Hono<Env>()

guard.use('/boards/*', async (c, next) => {
  const token = getCookie(c, 'sid')
  if (!token) return c.json({ error: 'sign in first' }, 401)
  const row = await c.env.DB.prepare('SELECT user_id FROM sessions WHERE token = ? AND expires_at > ?')
    .bind(token, Date.now())
    .first<{ user_id: string }>()
  if (!row) return c.json({ error: 'session expired' }, 401)
  c.set('userId', row.user_id)
  await next()
})
