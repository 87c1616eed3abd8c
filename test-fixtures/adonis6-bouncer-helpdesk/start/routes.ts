/*
|--------------------------------------------------------------------------
| Routes file
|--------------------------------------------------------------------------
|
| The routes file is used for defining the HTTP routes.
|
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { throttle } from '#start/limiter'
import TicketsController from '#controllers/tickets_controller'

const AuthController = () => import('#controllers/auth_controller')
const CommentsController = () => import('#controllers/comments_controller')
const ReportsController = () => import('#controllers/reports_controller')
const AgentsController = () => import('#controllers/admin/agents_controller')

router.get('/', async () => {
  return { name: 'helpdesk-api', version: 1 }
})

// expect: missing-rate-limit
router.post('/auth/register', [AuthController, 'register'])
router.post('/auth/login', [AuthController, 'login']).use(throttle)
// ok: missing-rate-limit
router.post('/auth/password/forgot', [AuthController, 'forgotPassword'])

router
  .group(() => {
    router.resource('tickets', TicketsController).except(['create', 'edit'])
    // expect: missing-input-validation
    router.resource('tickets.comments', CommentsController).only(['index', 'store'])

    router
      .group(() => {
        // ok: missing-role-check
        router.get('agents', [AgentsController, 'index'])
        // expect: missing-role-check
        router.delete('agents/:id', [AgentsController, 'destroy'])
      })
      .prefix('/admin')
  })
  .prefix('/api/v1')
  .use(middleware.auth({ guards: ['api'] }))

// expect: missing-rate-limit
router.get('/api/v1/reports/export', [ReportsController, 'export'])
// expect: missing-auth
router.get('/api/v1/reports/backlog', [ReportsController, 'backlog'])
