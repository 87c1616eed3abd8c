import { Elysia } from 'elysia'
import { cors } from '@elysiajs/cors'
import { rateLimit } from 'elysia-rate-limit'
import { eq } from 'drizzle-orm'
import { db } from './db'
import { tickets } from './db/schema'
import { adminRoutes } from './routes/admin'
import { publicRoutes } from './routes/public'
import { ticketRoutes } from './routes/tickets'

const allowed = new Set(['https://help.example.com', 'https://app.example.com'])

export const app = new Elysia()
  // ok: cors-wildcard
  .use(cors({ origin: (request) => allowed.has(request.headers.get('origin') ?? ''), credentials: true }))
  .use(rateLimit({ duration: 60_000, max: 120 }))
  .use(publicRoutes)
  .use(ticketRoutes)
  .use(adminRoutes)
  // registered before the hook below: the hook does not run for it
  // expect: missing-auth
  .get('/exports/tickets/:id', async ({ params }) => {
    const [ticket] = await db.select().from(tickets).where(eq(tickets.id, params.id))
    return ticket
  })
  .onBeforeHandle(async ({ request, status }) => {
    const key = request.headers.get('x-api-key')
    if (key !== process.env.EXPORT_API_KEY) return status(401, 'Unauthorized')
  })
  // ok: missing-auth
  .get('/exports/tickets', () =>
    // one shared key reads every organization's tickets
    // expect: unscoped-tenant-query
    db.select().from(tickets).limit(1000),
  )
  .listen(Number(process.env.PORT ?? 3000))
