import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { boards, db, posts } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import type { RequestHandler } from './$types';

// ok: missing-auth
// expect: missing-rate-limit
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  // ok: unscoped-tenant-query
  const [board] = await db.select().from(boards).where(and(eq(boards.id, event.params.id), eq(boards.workspaceId, user.workspaceId)));
  if (!board) error(404);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(posts).where(eq(posts.boardId, board.id));
  return new Response(rows.map((p) => `${p.id},${p.title},${p.votes}`).join('\n'), { headers: { 'content-type': 'text/csv' } });
};
