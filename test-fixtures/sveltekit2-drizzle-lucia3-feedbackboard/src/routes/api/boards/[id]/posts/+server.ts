import { error, json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  // ok: unscoped-tenant-query
  const board = await db.query.boards.findFirst({
    where: (b, { and, eq }) => and(eq(b.id, event.params.id), eq(b.workspaceId, user.workspaceId)),
    with: {},
  });
  if (!board) error(404);
  // ok: unscoped-tenant-query
  const items = await db.query.posts.findMany({
    where: (p, { eq }) => eq(p.boardId, board.id),
    with: { comments: true },
  });
  return json(items);
};
