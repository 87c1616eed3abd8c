import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, posts } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: missing-auth
// expect: missing-rate-limit
export const GET: RequestHandler = async ({ locals }) => {
  if (!locals.user) error(401);
  try {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(posts).where(eq(posts.workspaceId, locals.user.workspaceId));
    const csv = ['id,title,status,votes', ...rows.map((p) => `${p.id},"${p.title.replaceAll('"', '""')}",${p.status},${p.votes}`)].join('\n');
    return new Response(csv, {
      headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="feedback.csv"' },
    });
  } catch (err) {
    // expect: error-details-leak
    return new Response(JSON.stringify({ error: (err as Error).message }), { status: 500 });
  }
};
