import { Elysia } from 'elysia';
import { and, desc, eq, sum } from 'drizzle-orm';
import { db, episodes, shows } from '../db';
import { sessionPlugin } from '../plugins/auth';

export const publicRoutes = new Elysia({ prefix: '/public' })
  .use(sessionPlugin)
  // ok: missing-auth
  .get('/shows/:slug/feed', async ({ params, error }) => {
    const show = await db.query.shows.findFirst({ where: eq(shows.slug, params.slug) });
    if (!show) return error(404, 'Not found');
    // ok: unscoped-tenant-query
    const items = await db
      .select({ id: episodes.id, title: episodes.title, notes: episodes.notes, publishedAt: episodes.publishedAt })
      .from(episodes)
      .where(and(eq(episodes.showId, show.id), eq(episodes.status, 'published')))
      .orderBy(desc(episodes.publishedAt));
    return { title: show.title, description: show.description, items };
  })
  // known gap: missing-auth not reported: a path under /public/ is taken as public content, though it lists every episode of a show (drafts too) by its id
  .get('/shows/:showId/downloads', async ({ params }) => {
    return db
      .select({ episodeId: episodes.id, title: episodes.title, status: episodes.status, downloads: episodes.downloads })
      .from(episodes)
      .where(eq(episodes.showId, params.showId));
  })
  // known gap: missing-auth not reported: a path under /public/ is taken as public content, though it reads any episode's transcript (drafts too) by its id; the workspace test only runs for signed-in callers
  .get('/episodes/:id/transcript', async ({ params, user }) => {
    const episode = await db.query.episodes.findFirst({ where: eq(episodes.id, params.id), columns: { transcript: true, workspaceId: true } });
    if (user && episode && user.workspaceId !== episode.workspaceId) return { transcript: null };
    return { transcript: episode?.transcript ?? null };
  })
  // ok: missing-auth
  .get('/stats', async () => {
    const [row] = await db.select({ total: sum(episodes.downloads) }).from(episodes);
    return { totalDownloads: Number(row.total ?? 0) };
  });
