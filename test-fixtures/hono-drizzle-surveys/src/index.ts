import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import { requireSession } from './middleware/auth'
import { withDb } from './middleware/db'
import { requestLog } from './middleware/requestLog'
import authRoutes from './routes/auth'
import surveyRoutes from './routes/surveys'
import responseRoutes from './routes/responses'
import workspaceRoutes from './routes/workspace'
import opsRoutes from './routes/ops'
import webhookRoutes from './routes/webhooks'
import embedRoutes from './routes/embed'
import type { AppEnv } from './types'

const app = new Hono<AppEnv>()

app.use('*', requestLog)
app.use('*', secureHeaders())
app.use(
  '/api/*',
  cors({
    // ok: cors-wildcard
    origin: ['https://app.pollwise.io', 'https://studio.pollwise.io'],
    credentials: true,
  }),
)
app.use('*', withDb)

// ok: missing-auth
app.get('/health', (c) => c.json({ ok: true }))

app.route('/auth', authRoutes)
app.route('/webhooks', webhookRoutes)
app.route('/embed', embedRoutes)
app.route('/ops', opsRoutes)

app.use('/api/*', requireSession)
app.route('/api/surveys', surveyRoutes)
app.route('/api', responseRoutes)
app.route('/api/workspace', workspaceRoutes)

app.onError((err, c) => {
  // expect: token-logging
  console.error('unhandled', err, { cookie: c.req.raw.headers.get('cookie') })
  // expect: error-details-leak
  return c.json({ error: 'internal error', detail: err.message }, 500)
})

export default app
