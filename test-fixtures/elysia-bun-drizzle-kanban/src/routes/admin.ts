import { Elysia, t } from 'elysia';
import { and, eq } from 'drizzle-orm';
import { db, users } from '../db';
import { authPlugin, requireOwner, requireUser } from '../plugins/auth';

// every user belongs to one workspace: "owner" is that workspace's admin
export const adminRoutes = new Elysia({ name: 'admin', prefix: '/admin' })
  .use(authPlugin)
  .group('/members', (app) =>
    app.guard({ beforeHandle: [requireUser, requireOwner] }, (g) =>
      g
        // ok: missing-role-check, missing-auth
        .get('/', ({ user }) =>
          // ok: unscoped-tenant-query
          db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.workspaceId, user!.workspaceId))
        )
        // ok: missing-role-check, missing-input-validation
        .patch(
          '/:id/role',
          async ({ user, params, body }) => {
            // ok: unscoped-tenant-query
            await db.update(users).set({ role: body.role }).where(and(eq(users.id, params.id), eq(users.workspaceId, user!.workspaceId)));
            return { ok: true };
          },
          { body: t.Object({ role: t.Union([t.Literal('owner'), t.Literal('member'), t.Literal('viewer')]) }) }
        )
    )
  )
  .guard({ beforeHandle: requireUser }, (app) =>
    // expect: missing-role-check
    app.delete('/members/:id', async ({ user, params }) => {
      // ok: unscoped-tenant-query
      await db.delete(users).where(and(eq(users.id, params.id), eq(users.workspaceId, user!.workspaceId)));
      return { ok: true };
    })
  );
