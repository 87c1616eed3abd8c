import { Elysia, t } from 'elysia';
import { and, eq } from 'drizzle-orm';
import { cards, db } from '../db';
import { authPlugin, requireUser } from '../plugins/auth';

async function store(file: File) {
  const key = `${crypto.randomUUID()}-${file.name}`;
  await Bun.write(`./uploads/${key}`, file);
  return `/uploads/${key}`;
}

export const fileRoutes = new Elysia({ name: 'files' })
  .use(authPlugin)
  .onBeforeHandle(requireUser)
  // expect: missing-rate-limit
  .post(
    '/cards/:cardId/attachment',
    async ({ user, params, body, set }) => {
      // ok: unscoped-tenant-query
      const [card] = await db.select().from(cards).where(and(eq(cards.id, params.cardId), eq(cards.workspaceId, user!.workspaceId)));
      if (!card) {
        set.status = 404;
        return { error: 'Not found' };
      }
      const url = await store(body.file);
      // ok: unscoped-tenant-query
      await db.update(cards).set({ attachmentUrl: url }).where(eq(cards.id, card.id));
      return { url };
    },
    // ok: unrestricted-upload
    { body: t.Object({ file: t.File({ type: ['image/png', 'image/jpeg', 'application/pdf'], maxSize: '10m' }) }) }
  )
  // the rows read out of the uploaded file are written unchecked: t.File() only says a file came
  // expect: missing-rate-limit, missing-input-validation
  .post(
    '/boards/:boardId/import',
    async ({ user, params, body }) => {
      const rows = JSON.parse(await body.file.text()) as { title: string }[];
      await db.insert(cards).values(rows.map((r, i) => ({ title: r.title, position: i, boardId: params.boardId, workspaceId: user!.workspaceId })));
      return { imported: rows.length };
    },
    // expect: unrestricted-upload
    { body: t.Object({ file: t.File() }) }
  )
  // expect: missing-rate-limit
  .get('/boards/:boardId/export.csv', async ({ user, params, set }) => {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(cards).where(and(eq(cards.boardId, params.boardId), eq(cards.workspaceId, user!.workspaceId)));
    set.headers['content-type'] = 'text/csv';
    return ['title,position', ...rows.map((r) => `${r.title},${r.position}`)].join('\n');
  });
