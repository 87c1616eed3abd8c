import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { db } from '../lib/db';
import type { SessionUser } from '../middleware/session';

const boards = new Hono<{ Variables: { user: SessionUser } }>();

// ok: missing-auth
boards.get('/', async (c) => {
  const user = c.get('user');
  // ok: unscoped-tenant-query
  const rows = await db.board.findMany({ where: { workspaceId: { in: user.workspaceIds } } });
  return c.json(rows);
});

// ok: missing-auth
boards.get('/:boardId', async (c) => {
  // expect: unscoped-tenant-query
  const board = await db.board.findUnique({ where: { id: c.req.param('boardId') }, include: { pins: true } });
  return board ? c.json(board) : c.notFound();
});

boards.post('/', zValidator('json', z.object({ title: z.string(), workspaceId: z.string() })), async (c) => {
  const user = c.get('user');
  const { title, workspaceId } = c.req.valid('json');
  if (!user.workspaceIds.includes(workspaceId)) {
    return c.json({ error: 'forbidden' }, 403);
  }
  // ok: unscoped-tenant-query
  const pins = await db.pin.findMany({ where: { workspaceId } });
  const board = await db.board.create({ data: { title, workspaceId } });
  return c.json({ board, pins }, 201);
});

boards.delete('/:boardId', async (c) => {
  const user = c.get('user');
  // ok: unscoped-tenant-query
  await db.board.deleteMany({ where: { id: c.req.param('boardId'), workspaceId: { in: user.workspaceIds } } });
  return c.body(null, 204);
});

export default boards;
