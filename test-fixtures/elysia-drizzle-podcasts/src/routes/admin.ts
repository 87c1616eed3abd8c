import { Elysia, t } from 'elysia';
import { and, eq } from 'drizzle-orm';
import { db, users, workspaces } from '../db';
import { authPlugin, requireRole } from '../plugins/auth';

// Workspace administration
export const adminRoutes = new Elysia({ prefix: '/admin' })
  .use(authPlugin)
  // expect: missing-role-check
  .get('/members', async ({ me }) => {
    // ok: unscoped-tenant-query
    return db
      .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role })
      .from(users)
      .where(eq(users.workspaceId, me.workspaceId));
  })
  .use(requireRole('owner'))
  // ok: missing-role-check, missing-input-validation
  .patch(
    '/members/:id/role',
    async ({ me, params, body }) => {
      // ok: unscoped-tenant-query
      await db.update(users).set({ role: body.role }).where(and(eq(users.id, params.id), eq(users.workspaceId, me.workspaceId)));
      return { ok: true };
    },
    { body: t.Object({ role: t.Union([t.Literal('owner'), t.Literal('editor'), t.Literal('viewer')]) }) },
  )
  // ok: missing-role-check
  .delete('/members/:id', async ({ me, params }) => {
    // ok: unscoped-tenant-query
    await db.delete(users).where(and(eq(users.id, params.id), eq(users.workspaceId, me.workspaceId)));
    return { ok: true };
  })
  // ok: missing-role-check
  .get('/workspace', async ({ me }) => db.query.workspaces.findFirst({ where: eq(workspaces.id, me.workspaceId) }));
