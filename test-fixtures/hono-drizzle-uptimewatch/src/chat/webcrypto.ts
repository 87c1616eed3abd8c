import { createMiddleware } from 'hono/factory'
import type { ChatEnv } from './config.js'

const encoder = new TextEncoder()

// for the edge build, where node:crypto is missing: HMAC with Web Crypto, compared byte by byte in constant time
export const verifyInteractionSignature = createMiddleware<ChatEnv>(async (c, next) => {
  const timestamp = c.req.header('x-slack-request-timestamp')
  const signature = c.req.header('x-slack-signature')
  if (!timestamp || !signature) return c.json({ error: 'missing signature' }, 401)
  const raw = await c.req.text()
  const key = await crypto.subtle.importKey('raw', encoder.encode(c.get('chatConfig').signingSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`v0:${timestamp}:${raw}`))
  const computed = 'v0=' + Array.from(new Uint8Array(mac)).map((b) => b.toString(16).padStart(2, '0')).join('')
  if (computed.length !== signature.length) return c.json({ error: 'bad signature' }, 401)
  const a = encoder.encode(computed)
  const b = encoder.encode(signature)
  let mismatch = 0
  for (let i = 0; i < a.length; i++) mismatch |= a[i] ^ b[i]
  if (mismatch !== 0) return c.json({ error: 'bad signature' }, 401)
  const payload = new URLSearchParams(raw).get('payload')
  c.set('chatBody', payload ? JSON.parse(payload) : {})
  await next()
})

// the same check through `subtle.verify`, which compares for us
export const verifyOptionsSignature = createMiddleware<ChatEnv>(async (c, next) => {
  const timestamp = c.req.header('x-slack-request-timestamp') ?? ''
  const signature = (c.req.header('x-slack-signature') ?? '').replace(/^v0=/, '')
  const raw = await c.req.text()
  const key = await crypto.subtle.importKey('raw', encoder.encode(c.get('chatConfig').signingSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
  const bytes = new Uint8Array((signature.match(/../g) ?? []).map((h) => parseInt(h, 16)))
  const valid = await crypto.subtle.verify('HMAC', key, bytes, encoder.encode(`v0:${timestamp}:${raw}`))
  if (!valid) return c.json({ error: 'bad signature' }, 401)
  c.set('chatBody', JSON.parse(new URLSearchParams(raw).get('payload') ?? '{}'))
  await next()
})
