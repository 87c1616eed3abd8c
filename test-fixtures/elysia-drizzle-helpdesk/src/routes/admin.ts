import { Elysia } from 'elysia'
import { eq } from 'drizzle-orm'
import { db } from '../db'
import { users } from '../db/schema'
import { betterAuthPlugin } from '../lib/betterAuthPlugin'

export const adminRoutes = (app: Elysia) =>
  app.use(betterAuthPlugin).group('/admin', { auth: true }, (admin) =>
    admin
      // expect: missing-role-check
      .get('/agents', ({ user }) => db.select().from(users).where(eq(users.organizationId, user.organizationId)))
      .group(
        '/roles',
        {
          beforeHandle({ user, status }) {
            if (user.role !== 'admin') return status(403, 'Forbidden')
          },
        },
        (roles) =>
          roles
            // ok: missing-role-check
            // expect: missing-input-validation
            .put('/:userId', async ({ params, body, user }) => {
              const { role } = body as { role: string }
              // an admin of one organization can change the role of anyone's user
              // expect: unscoped-tenant-query
              return db.update(users).set({ role }).where(eq(users.id, params.userId)).returning()
            }),
      ),
  )
