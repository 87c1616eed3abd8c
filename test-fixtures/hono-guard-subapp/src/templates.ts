import { Hono } from 'hono'
import type { MiddlewareHandler } from 'hono'
import type { Env } from './types'

// The guard only covers /api/boards/*: shared templates are open to everyone.
export const templates = new Hono<Env>()

// Tells the analytics dashboard which calls came with a bearer token; it lets every request through.
const authTrace: MiddlewareHandler<Env> = async (c, next) => {
  const authorization = c.req.header('Authorization')
  c.header('X-Has-Bearer', authorization ? '1' : '0')
  await next()
}

templates.use('/templates/*', authTrace)

templates.get('/templates', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT id, name, columns FROM templates ORDER BY name').all()
  return c.json(results)
})

// expect: missing-auth
templates.delete('/templates/:id', async (c) => {
  await c.env.DB.prepare('DELETE FROM templates WHERE id = ?').bind(c.req.param('id')).run()
  return c.body(null, 204)
})
