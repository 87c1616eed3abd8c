import type { APIRoute } from 'astro';
import { db, Note, eq, desc } from 'astro:db';
import { NoteInput } from '@notesmith/shared';

export const GET: APIRoute = async ({ locals }) => {
  const { userId } = locals.auth();
  // ok: unscoped-tenant-query
  const notes = await db.select().from(Note).where(eq(Note.ownerId, userId!)).orderBy(desc(Note.createdAt));
  return Response.json(notes);
};

// ok: missing-input-validation
export const POST: APIRoute = async ({ locals, request }) => {
  const { userId } = locals.auth();
  const input = NoteInput.parse(await request.json());
  const id = crypto.randomUUID();
  await db.insert(Note).values({ id, ownerId: userId!, slug: id.slice(0, 8), ...input });
  return Response.json({ id }, { status: 201 });
};
