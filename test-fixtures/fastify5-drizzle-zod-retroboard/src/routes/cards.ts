import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import { db, cards } from '../db/index.js';
import { findBoardInWorkspace } from '../services/boards.js';

const BoardParams = z.object({ boardId: z.string().uuid() });
const CardParams = BoardParams.extend({ cardId: z.string().uuid() });

const cardRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/', { schema: { params: BoardParams } }, async (request, reply) => {
    const board = await findBoardInWorkspace(request.params.boardId, request.user.ws);
    if (!board) return reply.code(404).send({ error: 'board not found' });
    // ok: unscoped-tenant-query
    return db.select().from(cards).where(eq(cards.boardId, board.id));
  });

  // ok: missing-input-validation
  fastify.post(
    '/',
    { schema: { params: BoardParams, body: z.object({ column: z.enum(['went_well', 'to_improve', 'actions']), body: z.string().min(1).max(2000) }) } },
    async (request, reply) => {
      const board = await findBoardInWorkspace(request.params.boardId, request.user.ws);
      if (!board) return reply.code(404).send({ error: 'board not found' });
      const [card] = await db
        .insert(cards)
        .values({ ...request.body, boardId: board.id, workspaceId: request.user.ws, authorId: request.user.sub })
        .returning();
      return reply.code(201).send(card);
    },
  );

  fastify.post('/:cardId/vote', { schema: { params: CardParams } }, async (request) => {
    // expect: unscoped-tenant-query
    const [card] = await db.update(cards)
      .set({ votes: sql`${cards.votes} + 1` })
      .where(eq(cards.id, request.params.cardId))
      .returning({ id: cards.id, votes: cards.votes });
    return card;
  });

  fastify.delete('/:cardId', { schema: { params: CardParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [card] = await db.select().from(cards).where(eq(cards.id, request.params.cardId)).limit(1);
    if (!card || card.authorId !== request.user.sub) return reply.code(404).send({ error: 'not found' });
    await db.delete(cards).where(and(eq(cards.id, card.id), eq(cards.workspaceId, request.user.ws)));
    return reply.code(204).send();
  });
};

export default cardRoutes;
