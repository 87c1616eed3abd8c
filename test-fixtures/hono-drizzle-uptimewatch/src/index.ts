import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { logger } from 'hono/logger'
import { chatRoutes } from './chat/index.js'
import { billingRoutes } from './routes/billing.js'
import { checkerRoutes } from './routes/checker.js'
import { cronRoutes } from './routes/cron.js'
import { housekeepingRoutes } from './routes/housekeeping.js'
import { monitorRoutes } from './routes/monitors.js'
import { pageRoutes } from './routes/pages.js'
import { partnerRoutes } from './routes/partner.js'

const app = new Hono()

app.use('*', logger())

app.get('/ping', (c) => c.json({ pong: true }))

app.route('/api/monitors', monitorRoutes)
app.route('/api/pages', pageRoutes)
app.route('/api/billing', billingRoutes)
app.route('/cron', cronRoutes)
app.route('/housekeeping', housekeepingRoutes)
app.route('/checker', checkerRoutes)
app.route('/partner', partnerRoutes)
app.route('/chat', chatRoutes)

serve({ fetch: app.fetch, port: 3000 })
