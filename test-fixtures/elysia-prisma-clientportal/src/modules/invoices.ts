import { Elysia, t } from 'elysia'
import { prisma } from '../lib/db'
import { authPlugin } from '../plugins/auth'

// The derive only loads the user: each route checks it.
export const invoicesModule = new Elysia({ prefix: '/invoices' })
  .use(authPlugin)
  // ok: missing-auth
  .get('/', async ({ user, set }) => {
    if (!user) {
      set.status = 401
      return 'Unauthorized'
    }
    // ok: unscoped-tenant-query
    return prisma.invoice.findMany({ where: { firmId: user.firmId } })
  })
  // expect: missing-auth
  .get('/:id', async ({ params }) => {
    return prisma.invoice.findUnique({ where: { id: params.id } })
  })
  .guard(
    {
      beforeHandle({ user, status }) {
        if (!user) return status(401, 'Unauthorized')
        if (user.role !== 'partner') return status(403, 'Forbidden')
      },
    },
    (app) =>
      app
        // ok: missing-auth, missing-role-check
        .patch(
          '/:id/status',
          ({ params, body, user }) =>
            // ok: unscoped-tenant-query
            prisma.invoice.updateMany({ where: { id: params.id, firmId: user!.firmId }, data: { status: body.status } }),
          { body: t.Object({ status: t.Union([t.Literal('sent'), t.Literal('paid'), t.Literal('void')]) }) },
        )
        // ok: missing-auth, missing-role-check
        .delete('/:id', ({ params, user }) =>
          // ok: unscoped-tenant-query
          prisma.invoice.deleteMany({ where: { id: params.id, firmId: user!.firmId } }),
        ),
  )
