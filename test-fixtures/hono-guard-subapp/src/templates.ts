import { Hono } from 'hono'
import type { Env } from './types'

// The guard only covers /api/boards/*: shared templates are open to everyone.
export const templates = new Hono<Env>()

templates.get('/templates', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT id, name, columns FROM templates ORDER BY name').all()
  return c.json(results)
})

// expect: missing-auth
templates.delete('/templates/:id', async (c) => {
  await c.env.DB.prepare('DELETE FROM templates WHERE id = ?').bind(c.req.param('id')).run()
  return c.body(null, 204)
})
