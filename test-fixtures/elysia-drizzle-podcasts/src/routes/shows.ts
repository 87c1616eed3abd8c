import { Elysia, t } from 'elysia';
import { and, eq } from 'drizzle-orm';
import { db, episodes, shows } from '../db';
import { authPlugin, requireRole } from '../plugins/auth';

const ShowBody = t.Object({
  slug: t.String({ pattern: '^[a-z0-9-]{3,60}$' }),
  title: t.String({ minLength: 1, maxLength: 200 }),
  description: t.Optional(t.String({ maxLength: 4000 })),
});

export const showRoutes = new Elysia({ prefix: '/shows' })
  .use(authPlugin)
  .get('/', async ({ me }) => {
    // ok: unscoped-tenant-query
    return db.select().from(shows).where(eq(shows.workspaceId, me.workspaceId));
  })
  .get('/:id', async ({ me, params, error }) => {
    // ok: unscoped-tenant-query
    const show = await db.query.shows.findFirst({ where: and(eq(shows.id, params.id), eq(shows.workspaceId, me.workspaceId)) });
    return show ?? error(404, { error: 'Show not found' });
  })
  // ok: missing-input-validation
  .post('/', async ({ me, body }) => {
    const [show] = await db.insert(shows).values({ ...body, workspaceId: me.workspaceId }).returning();
    return show;
  }, { body: ShowBody })
  // expect: missing-input-validation
  .patch('/:id', async ({ me, params, body, error }) => {
    const changes = body as Partial<{ title: string; description: string; slug: string }>;
    // ok: unscoped-tenant-query
    const [show] = await db
      .update(shows)
      .set({ title: changes.title, description: changes.description, slug: changes.slug })
      .where(and(eq(shows.id, params.id), eq(shows.workspaceId, me.workspaceId)))
      .returning();
    return show ?? error(404, { error: 'Show not found' });
  })
  .get('/:id/episodes', async ({ me, params }) => {
    // ok: unscoped-tenant-query
    return db.select().from(episodes).where(and(eq(episodes.showId, params.id), eq(episodes.workspaceId, me.workspaceId)));
  })
  .use(requireRole('owner'))
  // ok: missing-role-check
  .delete('/:id', async ({ me, params }) => {
    // ok: unscoped-tenant-query
    await db.delete(shows).where(and(eq(shows.id, params.id), eq(shows.workspaceId, me.workspaceId)));
    return { ok: true };
  });
