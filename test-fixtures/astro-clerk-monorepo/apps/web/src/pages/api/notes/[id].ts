import type { APIRoute } from 'astro';
import { db, Note, and, eq } from 'astro:db';

export const GET: APIRoute = async ({ params }) => {
  // expect: unscoped-tenant-query
  const [note] = await db.select().from(Note).where(eq(Note.id, params.id!));
  return note ? Response.json(note) : new Response(null, { status: 404 });
};

export const DELETE: APIRoute = async ({ params, locals }) => {
  const { userId } = locals.auth();
  // ok: unscoped-tenant-query
  await db.delete(Note).where(and(eq(Note.id, params.id!), eq(Note.ownerId, userId!)));
  return new Response(null, { status: 204 });
};
