/*
|--------------------------------------------------------------------------
| Routes file
|--------------------------------------------------------------------------
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { throttle, loginThrottle } from '#start/limiter'

const SessionController = () => import('#controllers/session_controller')
const InvoicesController = () => import('#controllers/invoices_controller')
const DocumentsController = () => import('#controllers/documents_controller')
const OrganizationsController = () => import('#controllers/admin/organizations_controller')

router.get('/health', async () => ({ status: 'ok' }))

router.post('/login', [SessionController, 'store']).use([middleware.guest(), loginThrottle])
// expect: missing-rate-limit
router.post('/password/forgot', [SessionController, 'forgot']).use(middleware.guest())
router.delete('/logout', [SessionController, 'destroy']).use(middleware.auth())

router
  .group(() => {
    router.resource('invoices', InvoicesController).apiOnly()
    router.get('invoices/:id/lines', [InvoicesController, 'lines'])
    router.post('invoices/:id/paid', [InvoicesController, 'markPaid'])
    // expect: missing-input-validation
    router.patch('invoices/:id/notes', [InvoicesController, 'updateNotes'])
    router.post('documents', [DocumentsController, 'upload']).use(throttle)
    router.post('me/avatar', [DocumentsController, 'avatar']).use(throttle)
  })
  .prefix('/api')
  .use(middleware.auth({ guards: ['web', 'api'] }))

router
  .group(() => {
    // ok: missing-role-check
    router.get('organizations', [OrganizationsController, 'index']).use(middleware.role({ roles: ['superadmin'] }))
    // expect: missing-role-check
    router.delete('organizations/:id', [OrganizationsController, 'destroy'])
  })
  .prefix('/admin')
  .use(middleware.auth())

// expect: missing-auth
router.get('/api/shared/invoices/:id', [InvoicesController, 'shared']).use(middleware.silentAuth())
