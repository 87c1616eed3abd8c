import { Hono } from 'hono'
import { logger } from 'hono/logger'
import { secureHeaders } from 'hono/secure-headers'
import { adminRoutes, createBillingRoutes, createReportRoutes } from './routes/index.js'
import { createStatusApi } from './routes/status.js'
import { requireSession } from './middleware/session.js'
import { createExportRoutes } from './routes/exports.js'
import type { Deps, Env } from './types.js'

export function createApp(deps: Deps) {
  const app = new Hono<Env>({ strict: false }).basePath('/api')

  app.use('*', logger())
  app.use('*', secureHeaders())

  app.route('/', createStatusApi())

  app.use('/billing/*', requireSession)
  app.route('/billing', createBillingRoutes(deps))
  app.route('/reports', createReportRoutes(deps))

  app.route('/exports', createExportRoutes(deps))

  const admin = adminRoutes(deps)
  app.route('/admin', admin)

  return app
}
