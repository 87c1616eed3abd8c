import { Elysia, t } from 'elysia';
import { eq } from 'drizzle-orm';
import { db, episodes } from '../db';
import { betaGate } from '../plugins/beta';

export const betaRoutes = new Elysia({ prefix: '/beta' })
  .use(betaGate)
  // expect: missing-auth
  .get('/episodes/:id/chapters', async ({ params }) => {
    const episode = await db.query.episodes.findFirst({ where: eq(episodes.id, params.id), columns: { transcript: true, workspaceId: true } });
    return { chapters: (episode?.transcript ?? '').split('\n\n').map((block, i) => ({ index: i, preview: block.slice(0, 80) })) };
  })
  // expect: missing-auth
  .put(
    '/episodes/:id/notes',
    async ({ params, body }) => {
      await db.update(episodes).set({ notes: body.notes }).where(eq(episodes.id, params.id));
      return { ok: true };
    },
    { body: t.Object({ notes: t.String({ maxLength: 10_000 }) }) },
  );
