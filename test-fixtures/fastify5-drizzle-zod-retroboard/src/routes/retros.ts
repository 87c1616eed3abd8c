import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, count, eq } from 'drizzle-orm';
import { db, actionItems, boards, cards } from '../db/index.js';

const ItemParams = z.object({ id: z.string().uuid() });

const retroRoutes: FastifyPluginAsyncZod = async (fastify) => {
  // ok: missing-auth
  fastify.get('/templates', { config: { public: true } }, async () => [
    { id: 'start-stop-continue', columns: ['start', 'stop', 'continue'] },
    { id: 'mad-sad-glad', columns: ['mad', 'sad', 'glad'] },
  ]);

  // expect: missing-auth
  fastify.get('/boards/:boardId/stats', { config: { public: true }, schema: { params: z.object({ boardId: z.string().uuid() }) } }, async (request) => {
    const [row] = await db.select({ total: count() }).from(cards).where(eq(cards.boardId, request.params.boardId));
    return { cards: row.total };
  });

  // ok: missing-auth, unscoped-tenant-query
  fastify.get('/action-items', async (request) => {
    return db
      .select({ id: actionItems.id, text: actionItems.text, done: actionItems.done, board: boards.title })
      .from(actionItems)
      .innerJoin(boards, eq(actionItems.boardId, boards.id))
      .where(eq(boards.workspaceId, request.user.ws));
  });

  fastify.get('/action-items/:id', { schema: { params: ItemParams } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const item = await db.query.actionItems.findFirst({ where: eq(actionItems.id, request.params.id) });
    return item ?? reply.code(404).send({ error: 'not found' });
  });

  // expect: missing-input-validation
  fastify.put('/action-items/:id', { schema: { params: ItemParams } }, async (request, reply) => {
    const { text } = request.body as { text: string };
    // ok: unscoped-tenant-query
    const [item] = await db.update(actionItems).set({ text })
      .where(and(eq(actionItems.id, request.params.id), eq(actionItems.workspaceId, request.user.ws)))
      .returning();
    return item ?? reply.code(404).send({ error: 'not found' });
  });

  fastify.post('/action-items/:id/done', { schema: { params: ItemParams } }, async (request) => {
    // ok: unscoped-tenant-query
    await db.update(actionItems).set({ done: true }).where(and(eq(actionItems.id, request.params.id), eq(actionItems.ownerId, request.user.sub)));
    return { ok: true };
  });

  fastify.delete('/action-items/:id', { schema: { params: ItemParams } }, async (request, reply) => {
    try {
      // ok: unscoped-tenant-query
      await db.delete(actionItems).where(and(eq(actionItems.id, request.params.id), eq(actionItems.workspaceId, request.user.ws)));
      return reply.code(204).send();
    } catch (err) {
      request.log.error(err);
      // expect: error-details-leak
      return reply.code(500).send({ error: (err as Error).message });
    }
  });

  // ok: missing-role-check
  fastify.post('/manage/reset-votes', { schema: { body: z.object({ boardId: z.string().uuid() }) } }, async (request, reply) => {
    if (request.user.role === 'member') return reply.code(403).send({ error: 'facilitators only' });
    // ok: unscoped-tenant-query
    await db.update(cards).set({ votes: 0 }).where(and(eq(cards.boardId, request.body.boardId), eq(cards.workspaceId, request.user.ws)));
    return { ok: true };
  });
};

export default retroRoutes;
