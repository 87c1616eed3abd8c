import { Hono } from 'npm:hono@4'
import { adminClient } from '../_shared/clients.ts'
import { requireUser, type Env } from '../_shared/auth.ts'

const app = new Hono<Env>()

// expect: missing-auth
app.post('/event-checkin/:eventId/anonymous', async (c) => {
  const { error } = await adminClient().from('checkins').insert({ event_id: c.req.param('eventId'), user_id: c.req.query('user') })
  return error ? c.json({ error: 'failed' }, 400) : c.json({ ok: true }, 201)
})

app.post('/event-checkin/:eventId', requireUser, async (c) => {
  // ok: unscoped-tenant-query
  const { error } = await adminClient().from('checkins').insert({ event_id: c.req.param('eventId'), user_id: c.get('userId') })
  return error ? c.json({ error: 'failed' }, 400) : c.json({ ok: true }, 201)
})

Deno.serve(app.fetch)
