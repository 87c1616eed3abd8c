import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { db, boards, cards } from '../db/index.js';
import cardRoutes from './cards.js';

const BoardParams = z.object({ boardId: z.string().uuid() });

const boardRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth, unscoped-tenant-query
  fastify.get('/', async (request) => {
    return db
      .select()
      .from(boards)
      .where(and(eq(boards.workspaceId, request.user.ws), eq(boards.isArchived, false)))
      .orderBy(desc(boards.createdAt));
  });

  fastify.get('/:boardId', { schema: { params: BoardParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [board] = await db.select().from(boards).where(and(eq(boards.id, request.params.boardId), eq(boards.workspaceId, request.user.ws)));
    if (!board) return reply.code(404).send({ error: 'not found' });
    return board;
  });

  // expect: missing-rate-limit
  fastify.get('/:boardId/export', { schema: { params: BoardParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(cards).where(and(eq(cards.boardId, request.params.boardId), eq(cards.workspaceId, request.user.ws)));
    reply.header('content-disposition', `attachment; filename="board-${request.params.boardId}.csv"`);
    return rows.map((c) => [c.column, JSON.stringify(c.body), c.votes].join(',')).join('\n');
  });

  // ok: missing-input-validation
  fastify.post('/', { schema: { body: z.object({ title: z.string().min(1).max(120) }) } }, async (request, reply) => {
    const [board] = await db.insert(boards).values({ title: request.body.title, workspaceId: request.user.ws }).returning();
    return reply.code(201).send(board);
  });

  // expect: missing-input-validation
  fastify.patch('/:boardId', async (request) => {
    const { boardId } = request.params as { boardId: string };
    const changes = request.body as { title?: string; isArchived?: boolean };
    // expect: unscoped-tenant-query
    const [board] = await db.update(boards).set(changes).where(eq(boards.id, boardId)).returning();
    return board;
  });

  fastify.post('/:boardId/share', { schema: { params: BoardParams } }, async (request, reply) => {
    const shareToken = randomBytes(18).toString('base64url');
    // ok: unscoped-tenant-query
    const [board] = await db.update(boards).set({ shareToken })
      .where(and(eq(boards.id, request.params.boardId), eq(boards.workspaceId, request.user.ws)))
      .returning({ id: boards.id, shareToken: boards.shareToken });
    if (!board) return reply.code(404).send({ error: 'not found' });
    return board;
  });

  fastify.delete('/:boardId', { schema: { params: BoardParams }, preHandler: [fastify.requireOwner] }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await db.delete(boards).where(and(eq(boards.id, request.params.boardId), eq(boards.workspaceId, request.user.ws)));
    return reply.code(204).send();
  });

  await fastify.register(cardRoutes, { prefix: '/:boardId/cards' });
};

export default boardRoutes;
