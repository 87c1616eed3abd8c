/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
| Public listing pages, the agency/renter API under /api, and payment callbacks.
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { loginThrottle, apiThrottle } from '#start/limiter'

const SessionController = () => import('#controllers/session_controller')
const ListingsController = () => import('#controllers/listings_controller')
const LeasesController = () => import('#controllers/leases_controller')
const PropertiesController = () => import('#controllers/properties_controller')
const PaymentsController = () => import('#controllers/payments_controller')
const MaintenanceController = () => import('#controllers/maintenance_controller')
const WebhooksController = () => import('#controllers/webhooks_controller')
const AgenciesController = () => import('#controllers/admin/agencies_controller')

// ok: missing-auth
router.get('/health', async ({ response }) => response.ok({ ok: true }))

// Public search pages on the marketing site.
// ok: missing-auth
router.get('/listings', [ListingsController, 'index'])
// ok: missing-auth
router.get('/listings/:id', [ListingsController, 'show'])

// ok: missing-auth, missing-rate-limit
router.post('/api/auth/login', [SessionController, 'store']).use(loginThrottle)
// Renter portal sign-in, added for the mobile app.
// expect: missing-rate-limit
// ok: missing-auth
router.post('/api/renter/login', [SessionController, 'renterLogin'])
router.delete('/api/auth/logout', [SessionController, 'destroy']).use(middleware.auth())
// ok: missing-auth
router.get('/api/me', [SessionController, 'me'])

// Receipts are linked from the payment confirmation e-mail.
// expect: missing-auth
router.get('/api/payments/:id/receipt', [PaymentsController, 'receipt'])
// expect: missing-auth
router.get('/api/leases/:id/ledger', [PaymentsController, 'ledger'])

// ok: missing-auth, unverified-webhook
router.post('/webhooks/stripe', [WebhooksController, 'stripe'])
// expect: unverified-webhook
// ok: missing-auth
router.post('/webhooks/rentpay', [WebhooksController, 'rentpay'])

router
  .group(() => {
    // ok: missing-input-validation
    router.resource('leases', LeasesController).apiOnly()
    // ok: missing-role-check
    router.post('/leases/:id/terminate', [LeasesController, 'terminate'])

    router.get('/properties', [PropertiesController, 'index'])
    // expect: missing-input-validation
    router.post('/properties', [PropertiesController, 'store'])
    router.get('/properties/:id/units', [PropertiesController, 'units'])
    router.get('/units/:id/access', [PropertiesController, 'unitAccess'])

    router.get('/payments', [PaymentsController, 'index'])
    // ok: missing-rate-limit
    router.get('/payments/export', [PaymentsController, 'export']).use(apiThrottle)

    router.get('/maintenance', [MaintenanceController, 'index'])
    // ok: missing-input-validation
    router.post('/maintenance', [MaintenanceController, 'store'])
    // expect: missing-input-validation
    router.patch('/maintenance/:id', [MaintenanceController, 'update'])
    // ok: missing-input-validation
    router.post('/maintenance/:id/schedule', [MaintenanceController, 'schedule'])

    // Agency back office.
    // expect: missing-role-check
    router.get('/admin/agencies', [AgenciesController, 'index'])
    // expect: missing-role-check
    router.post('/admin/agencies/:id/suspend', [AgenciesController, 'suspend'])
    // ok: missing-role-check
    router.get('/admin/occupancy', [AgenciesController, 'occupancy'])
  })
  .prefix('/api')
  .use(middleware.auth())

router
  .group(() => {
    // ok: missing-role-check
    router.get('/agencies/:id/staff', [AgenciesController, 'staff'])
    // ok: missing-role-check
    router.delete('/agencies/:id/users/:userId', [AgenciesController, 'removeUser'])
  })
  .prefix('/api/manage')
  .use([middleware.auth({ guards: ['api'] }), middleware.agencyRole({ allow: ['owner', 'manager'] })])
