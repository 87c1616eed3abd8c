import type { APIRoute } from 'astro';
import { db, Attachment, and, eq } from 'astro:db';

// one handler for every method: GET streams the attachment, DELETE removes it
export const ALL: APIRoute = async ({ params, request, locals }) => {
  const { userId } = locals.auth();
  // ok: unscoped-tenant-query
  const [file] = await db.select().from(Attachment).where(and(eq(Attachment.key, params.key!), eq(Attachment.ownerId, userId!)));
  if (!file) return new Response(null, { status: 404 });
  if (request.method === 'DELETE') {
    await db.delete(Attachment).where(eq(Attachment.id, file.id));
    return new Response(null, { status: 204 });
  }
  return fetch(`${import.meta.env.STORAGE_URL}/${file.key}`);
};
