/*
|--------------------------------------------------------------------------
| Routes file
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { throttle } from '#start/limiter'

const AuthController = () => import('#controllers/auth_controller')
const PasswordResetsController = () => import('#controllers/password_resets_controller')
const BookingsController = () => import('#controllers/bookings_controller')
const RoomsController = () => import('#controllers/rooms_controller')
const InvoicesController = () => import('#controllers/invoices_controller')
const WebhooksController = () => import('#controllers/webhooks_controller')
const MembersController = () => import('#controllers/admin/members_controller')
const ReportsController = () => import('#controllers/reports_controller')
const AnnouncementsController = () => import('#controllers/announcements_controller')

// ok: missing-auth
router.get('/health', async () => ({ status: 'ok' }))

// ok: missing-rate-limit, missing-auth
router.post('/login', [AuthController, 'login']).use(throttle)
// expect: missing-rate-limit
// ok: missing-auth
router.post('/password/forgot', [PasswordResetsController, 'store'])
// expect: missing-rate-limit, missing-input-validation
// ok: missing-auth
router.post('/password/reset', [PasswordResetsController, 'update'])

// the booking widget embedded on each coworking space's website: any space's rooms, picked by its id
// expect: missing-auth
router.get('/public/workspaces/:workspaceId/rooms', [RoomsController, 'publicList'])

// ok: missing-auth, unverified-webhook
router.post('/webhooks/payments', [WebhooksController, 'payments'])

// linked from invoice emails; the session check was never added
// expect: missing-auth
router.get('/invoices/:id/pdf', [InvoicesController, 'pdf'])

// the lobby-screen API was generated with `node ace make:controller --resource` and never put behind auth
// expect: missing-auth, missing-input-validation
router.resource('announcements', AnnouncementsController).apiOnly()

router
  .group(() => {
    router.post('/logout', [AuthController, 'logout'])
    router.post('/devices/token', [AuthController, 'deviceToken'])

    // ok: missing-auth
    router.get('/bookings', [BookingsController, 'index'])
    router.get('/bookings/:id', [BookingsController, 'show'])
    router.post('/bookings', [BookingsController, 'store'])
    // expect: missing-input-validation
    router.put('/bookings/:id', [BookingsController, 'update'])
    router.delete('/bookings/:id', [BookingsController, 'destroy'])

    // expect: missing-input-validation
    router.patch('/rooms/:id', [RoomsController, 'update'])
    router.delete('/rooms/:id', [RoomsController, 'destroy'])

    router.get('/invoices/:id', [InvoicesController, 'show'])

    router.get('/reports/occupancy', [ReportsController, 'occupancy'])
    router.get('/reports/bookings/:id/receipt', [ReportsController, 'receipt'])

    router
      .group(() => {
        // ok: missing-role-check
        router.get('/members', [MembersController, 'index'])
        // expect: missing-role-check, missing-input-validation
        router.patch('/members/:id/role', [MembersController, 'updateRole'])
        // ok: missing-role-check
        router.delete('/members/:id', [MembersController, 'destroy'])
      })
      .prefix('/admin')
  })
  .middleware(middleware.auth())
