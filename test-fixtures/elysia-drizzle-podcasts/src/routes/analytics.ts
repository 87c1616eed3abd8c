import { Elysia, t } from 'elysia';
import { and, eq, gte } from 'drizzle-orm';
import { db, episodes } from '../db';
import { sessionPlugin, type CurrentUser } from '../plugins/auth';

function requireUser({ user, error }: { user: CurrentUser | null; error: (code: 401, body: unknown) => unknown }) {
  if (!user) return error(401, { error: 'Sign in' });
}

export const analyticsRoutes = new Elysia({ prefix: '/analytics' })
  .use(sessionPlugin)
  .guard({ beforeHandle: [requireUser] }, (app) =>
    app
      .get('/episodes', async ({ user, query }) => {
        // ok: unscoped-tenant-query
        return db
          .select({ id: episodes.id, title: episodes.title, downloads: episodes.downloads })
          .from(episodes)
          .where(and(eq(episodes.workspaceId, user!.workspaceId), gte(episodes.downloads, query.min ?? 0)));
      }, { query: t.Object({ min: t.Optional(t.Numeric()) }) })
      // expect: missing-rate-limit
      .get('/episodes/export', async ({ user, set }) => {
        // ok: unscoped-tenant-query
        const rows = await db.select().from(episodes).where(eq(episodes.workspaceId, user!.workspaceId));
        set.headers['content-type'] = 'text/csv';
        return rows.map((r) => `${r.id},${JSON.stringify(r.title)},${r.downloads}`).join('\n');
      }),
  )
  // expect: missing-auth
  .get('/episodes/:id', async ({ params }) => {
    return db.query.episodes.findFirst({ where: eq(episodes.id, params.id), columns: { id: true, title: true, downloads: true, status: true } });
  });
