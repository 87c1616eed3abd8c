import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { comments, db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import type { RequestHandler } from './$types';

// ok: missing-auth
// expect: missing-input-validation
export const PATCH: RequestHandler = async (event) => {
  const user = requireUser(event);
  const { body } = await event.request.json();
  // ok: unscoped-tenant-query
  const [updated] = await db
    .update(comments)
    .set({ body })
    .where(and(eq(comments.id, event.params.id), eq(comments.authorId, user.id)))
    .returning();
  if (!updated) error(404);
  return json(updated);
};

// ok: missing-auth
export const DELETE: RequestHandler = async (event) => {
  const user = requireUser(event);
  const workspaceId = event.url.searchParams.get('workspaceId') ?? user.workspaceId;
  // expect: unscoped-tenant-query
  await db.delete(comments).where(and(eq(comments.id, event.params.id), eq(comments.workspaceId, workspaceId)));
  return new Response(null, { status: 204 });
};
