import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { throttle, authThrottle } from '#start/limiter'

const AuthController = () => import('#controllers/auth_controller')
const BookingsController = () => import('#controllers/bookings_controller')
const RoomsController = () => import('#controllers/rooms_controller')
const InvoicesController = () => import('#controllers/invoices_controller')
const MembersController = () => import('#controllers/members_controller')
const ProfileController = () => import('#controllers/profile_controller')
const WebhooksController = () => import('#controllers/webhooks_controller')
const KioskController = () => import('#controllers/kiosk_controller')
const AdminCompaniesController = () => import('#controllers/admin/companies_controller')
const DesksController = () => import('#controllers/desks_controller')

// ok: missing-auth
router.get('/health', async () => ({ status: 'ok' }))

router
  .group(() => {
    // expect: missing-rate-limit
    // ok: missing-auth, missing-input-validation
    router.post('/register', [AuthController, 'register'])
    // ok: missing-auth, missing-rate-limit
    router.post('/login', [AuthController, 'login']).use(authThrottle)
    // ok: missing-auth, missing-rate-limit
    router.post('/kiosk-session', [AuthController, 'kioskSession']).use(authThrottle)
    router.delete('/logout', [AuthController, 'logout']).use(middleware.auth())
  })
  .prefix('/api/auth')

// ok: missing-auth, missing-rate-limit, unverified-webhook
router.post('/webhooks/stripe', [WebhooksController, 'stripe'])
// expect: unverified-webhook
// ok: missing-auth, missing-input-validation
router.post('/webhooks/doorlock', [WebhooksController, 'doorlock'])

// Public room page: shows the day's occupancy to visitors at the front desk.
// expect: missing-auth
router.get('/api/rooms/:id/availability', [RoomsController, 'availability']).use(middleware.silentAuth())

// ok: missing-auth
router.get('/api/kiosk/today', [KioskController, 'today']).use(middleware.kiosk())

router
  .group(() => {
    router.get('/rooms', [RoomsController, 'index'])
    router.get('/rooms/:id', [RoomsController, 'show'])
    // ok: missing-input-validation
    router.post('/rooms', [RoomsController, 'store']).use(middleware.role({ roles: ['manager', 'owner'] }))

    // expect: missing-input-validation
    router.resource('bookings', BookingsController).apiOnly()

    router.get('/invoices', [InvoicesController, 'index'])
    // expect: missing-rate-limit
    router.get('/invoices/export', [InvoicesController, 'export'])
    router.get('/invoices/:id/pdf', [InvoicesController, 'pdf'])
    // ok: missing-role-check
    router.get('/invoices/:id', [InvoicesController, 'show'])
    // expect: missing-role-check, missing-input-validation
    router.post('/team/:id/promote', [MembersController, 'promote'])

    // ok: missing-rate-limit, missing-input-validation
    router.post('/members/invite', [MembersController, 'invite']).use(throttle)

    // expect: missing-input-validation
    router.patch('/me', [ProfileController, 'update'])
    // expect: missing-rate-limit
    router.put('/me/avatar', [ProfileController, 'avatar'])
    // ok: missing-rate-limit, unrestricted-upload
    router.post('/me/documents', [ProfileController, 'uploadDocument']).use(throttle)
  })
  .prefix('/api')
  .use(middleware.auth())

router
  .group(() => {
    // expect: missing-role-check
    router.get('/members', [MembersController, 'index'])
    // expect: missing-role-check
    // ok: missing-input-validation
    router.put('/members/:id/role', [MembersController, 'updateRole'])
    // ok: missing-role-check
    router.delete('/members/:id', [MembersController, 'destroy'])
  })
  .prefix('/api/manage')
  .use(middleware.auth())

router
  .group(() => {
    // ok: missing-role-check
    router.get('/companies', [AdminCompaniesController, 'index'])
    // ok: missing-role-check
    router.delete('/users/:id', [AdminCompaniesController, 'destroyUser'])
  })
  .prefix('/api/admin')
  .use([middleware.auth(), middleware.role({ roles: ['superadmin'] })])

// expect: missing-input-validation
router.resource('desks', DesksController).apiOnly().use('*', middleware.auth())
