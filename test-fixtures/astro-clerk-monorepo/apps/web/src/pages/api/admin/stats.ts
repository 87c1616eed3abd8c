import type { APIRoute } from 'astro';
import { db, Note, desc } from 'astro:db';

// expect: missing-role-check
export const GET: APIRoute = async () => {
  // expect: unscoped-tenant-query
  const latest = await db.select().from(Note).orderBy(desc(Note.createdAt)).limit(50);
  return Response.json({ latest });
};
