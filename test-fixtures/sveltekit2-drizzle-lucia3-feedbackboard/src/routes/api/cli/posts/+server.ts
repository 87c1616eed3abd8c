import { json } from '@sveltejs/kit';
import { and, desc, eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { boards, db, posts } from '$lib/server/db';
import { requireApiToken } from '$lib/server/apiTokens';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ request }) => {
  const token = await requireApiToken(request);
  // ok: unscoped-tenant-query
  return json(await db.select().from(posts).where(eq(posts.workspaceId, token.workspaceId)).orderBy(desc(posts.createdAt)).limit(50));
};

// ok: missing-auth
// expect: missing-input-validation
export const POST: RequestHandler = async ({ request }) => {
  const token = await requireApiToken(request);
  const body = await request.json();
  // ok: unscoped-tenant-query
  const [board] = await db.select().from(boards).where(and(eq(boards.id, body.boardId), eq(boards.workspaceId, token.workspaceId)));
  if (!board) return json({ error: 'unknown board' }, { status: 404 });
  await db.insert(posts).values({ id: generateIdFromEntropySize(10), workspaceId: token.workspaceId, boardId: board.id, authorId: 'api', title: body.title, body: body.body ?? '' });
  return json({ ok: true }, { status: 201 });
};
