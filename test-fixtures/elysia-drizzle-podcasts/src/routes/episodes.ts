import { Elysia, t } from 'elysia';
import { and, eq } from 'drizzle-orm';
import { db, episodes, shows } from '../db';
import { requestTranscript, storage } from '../lib/storage';
import { authPlugin } from '../plugins/auth';

export const episodeRoutes = new Elysia({ prefix: '/episodes' })
  .use(authPlugin)
  .get('/:id', async ({ params, error }) => {
    // expect: unscoped-tenant-query
    const episode = await db.query.episodes.findFirst({ where: eq(episodes.id, params.id) });
    return episode ?? error(404, { error: 'Episode not found' });
  })
  // ok: missing-input-validation
  .post(
    '/',
    async ({ me, body, error }) => {
      // ok: unscoped-tenant-query
      const show = await db.query.shows.findFirst({ where: and(eq(shows.id, body.showId), eq(shows.workspaceId, me.workspaceId)) });
      if (!show) return error(404, { error: 'Show not found' });
      const [episode] = await db.insert(episodes).values({ showId: show.id, workspaceId: me.workspaceId, title: body.title, notes: body.notes }).returning();
      return episode;
    },
    { body: t.Object({ showId: t.String({ format: 'uuid' }), title: t.String({ minLength: 1, maxLength: 200 }), notes: t.Optional(t.String()) }) },
  )
  // expect: missing-rate-limit
  .post(
    '/:id/audio',
    async ({ me, params, body, error }) => {
      // ok: unscoped-tenant-query
      const episode = await db.query.episodes.findFirst({ where: eq(episodes.id, params.id) });
      if (!episode || episode.workspaceId !== me.workspaceId) return error(404, { error: 'Episode not found' });
      const key = `audio/${me.workspaceId}/${episode.id}.mp3`;
      await storage.write(key, body.file);
      await db.update(episodes).set({ audioKey: key }).where(eq(episodes.id, episode.id));
      await requestTranscript(episode.id, key);
      return { key };
    },
    // ok: unrestricted-upload
    { body: t.Object({ file: t.File({ type: ['audio/mpeg', 'audio/mp4'], maxSize: '300m' }) }) },
  )
  // expect: missing-rate-limit
  .post(
    '/:id/artwork',
    async ({ me, params, body }) => {
      const key = `art/${me.workspaceId}/${params.id}-${body.image.name}`;
      await storage.write(key, body.image);
      // expect: unscoped-tenant-query
      await db.update(episodes).set({ artworkKey: key }).where(eq(episodes.id, params.id));
      return { key };
    },
    // expect: unrestricted-upload
    { body: t.Object({ image: t.File() }) },
  )
  // ok: missing-input-validation
  .post('/:id/publish', async ({ me, params, error }) => {
    if (me.role === 'viewer') return error(403, { error: 'Viewers cannot publish' });
    // ok: unscoped-tenant-query
    const [episode] = await db
      .update(episodes)
      .set({ status: 'published', publishedAt: new Date() })
      .where(and(eq(episodes.id, params.id), eq(episodes.workspaceId, me.workspaceId)))
      .returning();
    return episode ?? error(404, { error: 'Episode not found' });
  });
