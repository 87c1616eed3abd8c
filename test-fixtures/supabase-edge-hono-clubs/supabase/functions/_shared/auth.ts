import { createMiddleware } from 'npm:hono@4/factory'
import { clientFor } from './clients.ts'

export type Env = { Variables: { userId: string } }

export const requireUser = createMiddleware<Env>(async (c, next) => {
  const authorization = c.req.header('Authorization')
  if (!authorization) return c.json({ error: 'unauthorized' }, 401)
  const { data: { user } } = await clientFor(authorization).auth.getUser()
  if (!user) return c.json({ error: 'unauthorized' }, 401)
  c.set('userId', user.id)
  await next()
})
