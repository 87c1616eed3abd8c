import type { APIRoute } from 'astro';
import { and, eq } from 'drizzle-orm';
import { db } from '../../db';
import { notes } from '../../db/schema';

export const GET: APIRoute = async ({ locals, url }) => {
  if (!locals.user) return new Response(null, { status: 401 });
  try {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(notes).where(and(eq(notes.clinicId, locals.user.clinicId), eq(notes.archived, url.searchParams.get('archived') === '1')));
    return Response.json(rows);
  } catch (err) {
    // expect: error-details-leak
    return new Response((err as Error).message, { status: 500 });
  }
};
