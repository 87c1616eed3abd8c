import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { HTTPException } from 'hono/http-exception'
import { logger } from 'hono/logger'
import { secureHeaders } from 'hono/secure-headers'
import { requireAuth, withDb } from './middleware/auth'
import adminRoutes from './routes/admin'
import authRoutes from './routes/auth'
import commentRoutes from './routes/comments'
import reportRoutes from './routes/reports'
import ticketRoutes from './routes/tickets'
import queueRoutes from './routes/queue'
import webhookRoutes from './routes/webhooks'
import type { AppEnv } from './types'

const ALLOWED_ORIGINS = ['https://app.helpdesk.example.com', 'https://admin.helpdesk.example.com']

const app = new Hono<AppEnv>().basePath('/api')

app.use('*', logger())
app.use('*', secureHeaders())
app.use(
  '*',
  cors({
    // ok: cors-wildcard
    origin: ALLOWED_ORIGINS,
    allowHeaders: ['Authorization', 'Content-Type'],
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    maxAge: 600,
  }),
)
app.use('*', withDb)

// ok: missing-auth
app.get('/health', (c) => c.json({ ok: true }))

// Public by design: login and signed provider webhooks.
app.route('/auth', authRoutes)
app.route('/webhooks', webhookRoutes)

app.route('/reports', reportRoutes)
app.route('/queue', queueRoutes)

// Everything below requires a valid session.
app.use('/tickets/*', requireAuth)
app.use('/admin/*', requireAuth)
app.use('/reports/*', requireAuth)

app.route('/tickets', ticketRoutes)
app.route('/', commentRoutes)
app.route('/admin', adminRoutes)

app.notFound((c) => c.json({ error: 'not found' }, 404))

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    return err.getResponse()
  }
  console.error('unhandled error', { path: c.req.path, message: err.message })
  return c.json({ error: 'internal server error' }, 500)
})

export default app
