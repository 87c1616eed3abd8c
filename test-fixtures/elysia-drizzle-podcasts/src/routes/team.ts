import { Elysia, t } from 'elysia';
import { and, eq } from 'drizzle-orm';
import { db, users } from '../db';
import { jwtPlugin } from '../plugins/auth';

// Team directory, v1 API: its own session check, written inline
export const teamRoutes = new Elysia({ prefix: '/v1' })
  .use(jwtPlugin)
  .group('/team', (app) =>
    app
      .derive(async ({ jwt, headers }) => {
        const token = headers.authorization?.replace(/^Bearer /, '');
        const payload = token ? await jwt.verify(token) : false;
        return { member: payload ? { id: String(payload.sub), workspaceId: String(payload.ws), role: String(payload.role) } : null };
      })
      .guard({
        beforeHandle({ member, error }) {
          if (!member) return error(401, { error: 'Unauthorized' });
        },
      })
      .get('/', async ({ member }) => {
        // ok: unscoped-tenant-query
        return db.select({ id: users.id, displayName: users.displayName, role: users.role }).from(users).where(eq(users.workspaceId, member!.workspaceId));
      })
      // expect: missing-role-check
      .delete('/:id', async ({ member, params }) => {
        // ok: unscoped-tenant-query
        await db.delete(users).where(and(eq(users.id, params.id), eq(users.workspaceId, member!.workspaceId)));
        return { ok: true };
      })
      // ok: missing-input-validation
      .patch(
        '/me',
        async ({ member, body }) => {
          await db.update(users).set({ displayName: body.displayName }).where(eq(users.id, member!.id));
          return { ok: true };
        },
        { body: t.Object({ displayName: t.String({ minLength: 1, maxLength: 80 }) }) },
      ),
  );
