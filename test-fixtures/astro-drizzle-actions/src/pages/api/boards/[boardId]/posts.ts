import type { APIRoute } from 'astro';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '../../../../db';
import { posts } from '../../../../db/schema';

export const GET: APIRoute = async ({ params, locals, url }) => {
  if (!locals.user) return new Response('Unauthorized', { status: 401 });
  const status = url.searchParams.get('status') ?? 'open';
  // ok: unscoped-tenant-query
  const rows = await db.select().from(posts)
    .where(and(eq(posts.boardId, params.boardId!), eq(posts.workspaceId, locals.user.workspaceId), eq(posts.status, status)))
    .orderBy(desc(posts.votes));
  return Response.json(rows);
};

// expect: missing-input-validation
export const PATCH: APIRoute = async ({ params, request, locals }) => {
  if (!locals.user) return new Response('Unauthorized', { status: 401 });
  const { postId, status } = await request.json();
  // expect: unscoped-tenant-query
  await db.update(posts).set({ status }).where(and(eq(posts.id, postId), eq(posts.boardId, params.boardId!)));
  return new Response(null, { status: 204 });
};
