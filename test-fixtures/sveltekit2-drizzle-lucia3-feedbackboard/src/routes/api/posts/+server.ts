import { json } from '@sveltejs/kit';
import { and, desc, eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { z } from 'zod';
import { boards, db, posts } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import type { RequestHandler } from './$types';

const NewPost = z.object({ boardId: z.string(), title: z.string().min(3).max(140), body: z.string().max(10_000).default('') });

// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  const status = event.url.searchParams.get('status');
  const where = status
    ? and(eq(posts.workspaceId, user.workspaceId), eq(posts.status, status))
    : eq(posts.workspaceId, user.workspaceId);
  // ok: unscoped-tenant-query
  return json(await db.select().from(posts).where(where).orderBy(desc(posts.createdAt)).limit(100));
};

// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = requireUser(event);
  const input = NewPost.parse(await event.request.json());
  // ok: unscoped-tenant-query
  const [board] = await db.select().from(boards).where(and(eq(boards.id, input.boardId), eq(boards.workspaceId, user.workspaceId)));
  if (!board) return json({ error: 'Unknown board' }, { status: 404 });
  const [post] = await db
    .insert(posts)
    .values({ id: generateIdFromEntropySize(10), workspaceId: user.workspaceId, authorId: user.id, ...input })
    .returning();
  return json(post, { status: 201 });
};
