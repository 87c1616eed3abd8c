import { Elysia, t } from 'elysia'
import { authPlugin, requireAdmin, requireUser } from '../plugins/auth'
import { db } from '../lib/db'

export const adminRoutes = new Elysia()
  .use(authPlugin)
  .group('/admin', (app) =>
    app
      .guard({ beforeHandle: requireAdmin }, (admin) =>
        admin
          // ok: missing-role-check
          .get('/users', () => db.user.findMany({ select: { id: true, email: true, role: true } }))
          // ok: missing-role-check, missing-input-validation
          .patch(
            '/users/:id/role',
            ({ params, body }) => db.user.update({ where: { id: params.id }, data: { role: body.role } }),
            { body: t.Object({ role: t.Union([t.Literal('creator'), t.Literal('admin')]) }) },
          ),
      )
      // moderation tools were added later under the same prefix with the plain sign-in check
      .guard({ beforeHandle: requireUser }, (mod) =>
        mod
          // expect: missing-role-check
          .post('/shows/:id/unpublish', ({ params }) =>
            // expect: unscoped-tenant-query
            db.show.update({ where: { id: params.id }, data: { published: false } }),
          )
          // expect: missing-role-check
          .delete('/users/:id', async ({ params }) => {
            // expect: unscoped-tenant-query
            await db.episode.deleteMany({ where: { ownerId: params.id } })
            // expect: unscoped-tenant-query
            await db.show.deleteMany({ where: { ownerId: params.id } })
            // expect: unscoped-tenant-query
            await db.user.delete({ where: { id: params.id } })
            return { ok: true }
          }),
      ),
  )
