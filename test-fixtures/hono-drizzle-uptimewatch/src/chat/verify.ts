import { createHmac, timingSafeEqual } from 'node:crypto'
import { createMiddleware } from 'hono/factory'
import type { ChatEnv } from './config.js'

export const verifyChatSignature = createMiddleware<ChatEnv>(async (c, next) => {
  const secret = c.get('chatConfig').signingSecret
  const timestamp = c.req.header('x-slack-request-timestamp')
  const signature = c.req.header('x-slack-signature')
  if (!timestamp || !signature) return c.json({ error: 'missing signature' }, 401)
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return c.json({ error: 'stale request' }, 401)

  const raw = await c.req.text()
  const expected = 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${raw}`).digest('hex')
  const a = Buffer.from(expected)
  const b = Buffer.from(signature)
  if (a.length !== b.length || !timingSafeEqual(a, b)) return c.json({ error: 'bad signature' }, 401)

  c.set('chatBody', JSON.parse(raw))
  await next()
})

// the slash-command endpoint was added later, with a check of its own
export const checkCommandSignature = createMiddleware<ChatEnv>(async (c, next) => {
  const secret = c.get('chatConfig').signingSecret
  const timestamp = c.req.header('x-slack-request-timestamp')
  const signature = c.req.header('x-slack-signature')
  const raw = await c.req.text()
  const expected = 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${raw}`).digest('hex')
  if (expected !== signature) return c.json({ error: 'bad signature' }, 401)
  c.set('chatBody', Object.fromEntries(new URLSearchParams(raw)))
  await next()
})
