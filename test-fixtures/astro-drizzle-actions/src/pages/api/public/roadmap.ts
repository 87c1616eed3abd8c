import type { APIRoute } from 'astro';
import { and, eq } from 'drizzle-orm';
import { db } from '../../../db';
import { posts, workspaces } from '../../../db/schema';

// The public roadmap widget customers embed on their sites.
// ok: missing-auth
export const GET: APIRoute = async ({ url }) => {
  const slug = url.searchParams.get('workspace') ?? '';
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.slug, slug));
  if (!ws) return new Response('Not found', { status: 404 });
  // ok: unscoped-tenant-query
  const rows = await db.select({ title: posts.title, status: posts.status, votes: posts.votes }).from(posts)
    .where(and(eq(posts.workspaceId, ws.id), eq(posts.isPublic, true)));
  return Response.json(rows);
};
