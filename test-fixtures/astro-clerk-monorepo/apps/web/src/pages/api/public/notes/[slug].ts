import type { APIRoute } from 'astro';
import { db, Note, and, eq } from 'astro:db';

// ok: missing-auth
export const GET: APIRoute = async ({ params }) => {
  const [note] = await db.select({ title: Note.title, body: Note.body }).from(Note)
    .where(and(eq(Note.slug, params.slug!), eq(Note.isPublic, true)));
  return note ? Response.json(note) : new Response(null, { status: 404 });
};
