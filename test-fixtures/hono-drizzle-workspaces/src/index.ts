import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { logger } from 'hono/logger'
import { requireUser } from './middleware/bearer.js'
import { requireWorkspaceMember } from './middleware/workspace.js'
import { publicRoutes } from './routes/public.js'
import { webhooks } from './routes/webhooks.js'
import { auth } from './routes/auth.js'
import { projectRoutes } from './routes/projects.js'
import { memberRoutes } from './routes/members.js'
import { taskRoutes } from './routes/tasks.js'
import { reportRoutes } from './routes/reports.js'
import { adminRoutes } from './routes/admin.js'

const app = new Hono()
app.use(logger())

app.route('/', publicRoutes)
app.route('/webhooks', webhooks)
app.route('/auth', auth)
app.route('/api/reports', reportRoutes)

app.use('/api/workspaces/:workspaceId/*', requireUser, requireWorkspaceMember)
app.route('/api/workspaces/:workspaceId/projects', projectRoutes)
app.route('/api/workspaces/:workspaceId/members', memberRoutes)
app.route('/api/tasks', taskRoutes)
app.route('/api/admin', adminRoutes)

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse()
  console.error(err)
  return c.json({ error: 'internal error' }, 500)
})

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8787) })
