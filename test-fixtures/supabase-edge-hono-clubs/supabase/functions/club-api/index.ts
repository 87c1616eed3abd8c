// Club management API, one Edge Function routed with Hono.
import { Hono } from 'jsr:@hono/hono'
import { cors } from 'jsr:@hono/hono/cors'
import { adminClient } from '../_shared/clients.ts'
import { requireUser, type Env } from '../_shared/auth.ts'

const app = new Hono<Env>().basePath('/club-api')

app.use('*', cors({ origin: ['https://clubhouse.example.com'] }))

// ok: missing-auth
app.get('/health', (c) => c.json({ ok: true }))

app.use('/clubs/*', requireUser)

app.get('/clubs/:clubId/events', async (c) => {
  const db = adminClient()
  const { data: membership } = await db.from('club_members').select('role').eq('club_id', c.req.param('clubId')).eq('user_id', c.get('userId')).maybeSingle()
  if (!membership) return c.json({ error: 'not a member' }, 403)
  // ok: unscoped-tenant-query
  const { data } = await db.from('events').select('*').eq('club_id', c.req.param('clubId')).order('starts_at')
  return c.json(data)
})

// a signed-in user of any club deletes any event
app.delete('/clubs/:clubId/events/:eventId', async (c) => {
  // expect: unscoped-tenant-query
  const { error } = await adminClient().from('events').delete().eq('id', c.req.param('eventId'))
  return error ? c.json({ error: 'could not delete' }, 500) : c.body(null, 204)
})

// the event list of any club, with no caller at all
// expect: missing-auth
app.get('/events/:clubId', async (c) => {
  const { data } = await adminClient().from('events').select('id, title, starts_at').eq('club_id', c.req.param('clubId'))
  return c.json(data)
})

Deno.serve(app.fetch)
