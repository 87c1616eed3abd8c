import { Elysia, t } from 'elysia';
import { and, asc, eq } from 'drizzle-orm';
import { boards, cards, db } from '../db';
import { authPlugin, requireUser } from '../plugins/auth';

const CardBody = t.Object({
  title: t.String({ minLength: 1, maxLength: 200 }),
  description: t.Optional(t.String({ maxLength: 10_000 })),
  position: t.Optional(t.Integer({ minimum: 0 })),
});

export const boardRoutes = new Elysia({ name: 'boards', prefix: '/boards' })
  .use(authPlugin)
  // link previews for boards shared in chat
  // expect: missing-auth
  .get('/:id/preview', async ({ params }) => {
    // anonymous route: missing-auth reports it (unscoped-tenant-query judges signed-in callers only)
    // ok: unscoped-tenant-query
    const [board] = await db.select().from(boards).where(eq(boards.id, params.id));
    // ok: unscoped-tenant-query
    const list = await db.select({ title: cards.title }).from(cards).where(eq(cards.boardId, params.id)).limit(5);
    return { title: board?.title, cards: list };
  })
  .guard({ beforeHandle: requireUser }, (app) =>
    app
      // ok: missing-auth
      .get('/', ({ user }) =>
        // ok: unscoped-tenant-query
        db.select().from(boards).where(eq(boards.workspaceId, user!.workspaceId)).orderBy(asc(boards.title))
      )
      // ok: missing-auth, missing-input-validation
      .post(
        '/',
        async ({ user, body }) => {
          const [board] = await db.insert(boards).values({ title: body.title, workspaceId: user!.workspaceId }).returning();
          return board;
        },
        { body: t.Object({ title: t.String({ minLength: 1, maxLength: 120 }) }) }
      )
      // ok: missing-auth
      .get('/:id/cards', async ({ user, params, set }) => {
        // ok: unscoped-tenant-query
        const [board] = await db
          .select()
          .from(boards)
          .where(and(eq(boards.id, params.id), eq(boards.workspaceId, user!.workspaceId)));
        if (!board) {
          set.status = 404;
          return { error: 'Not found' };
        }
        // ok: unscoped-tenant-query
        return db.select().from(cards).where(eq(cards.boardId, board.id)).orderBy(asc(cards.position));
      })
      // ok: missing-input-validation
      .post(
        '/:id/cards',
        async ({ user, params, body }) => {
          const [card] = await db
            .insert(cards)
            .values({ ...body, boardId: params.id, workspaceId: user!.workspaceId })
            .returning();
          return card;
        },
        { body: CardBody }
      )
      // expect: missing-input-validation
      .patch('/cards/:cardId', async ({ user, params, body }) => {
        // ok: unscoped-tenant-query
        const [card] = await db
          .update(cards)
          .set(body as Partial<typeof cards.$inferInsert>)
          .where(and(eq(cards.id, params.cardId), eq(cards.workspaceId, user!.workspaceId)))
          .returning();
        return card ?? { error: 'Not found' };
      })
      .delete('/cards/:cardId', async ({ params }) => {
        // expect: unscoped-tenant-query
        await db.delete(cards).where(eq(cards.id, params.cardId));
        return { ok: true };
      })
  );
