import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, posts, workspaces } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ params }) => {
  const [ws] = await db.select({ id: workspaces.id, name: workspaces.name }).from(workspaces).where(eq(workspaces.slug, params.slug));
  if (!ws) error(404);
  const items = await db
    .select({ id: posts.id, title: posts.title, status: posts.status, votes: posts.votes })
    .from(posts)
    .where(and(eq(posts.workspaceId, ws.id), eq(posts.isPublic, true)));
  return json({ workspace: ws.name, items });
};
