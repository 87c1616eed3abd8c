import type { APIRoute } from 'astro';
import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { posts } from '../../db/schema';

// expect: missing-rate-limit
export const GET: APIRoute = async ({ locals }) => {
  const user = locals.user;
  if (!user) return new Response('Unauthorized', { status: 401 });
  if (user.role !== 'admin') return new Response('Forbidden', { status: 403 });
  // ok: unscoped-tenant-query
  const rows = await db.select().from(posts).where(eq(posts.workspaceId, user.workspaceId));
  const csv = ['id,title,status,votes', ...rows.map((r) => `${r.id},"${r.title.replace(/"/g, '""')}",${r.status},${r.votes}`)].join('\n');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv' } });
};
