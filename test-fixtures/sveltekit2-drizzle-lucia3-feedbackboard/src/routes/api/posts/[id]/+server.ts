import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, posts } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import type { RequestHandler } from './$types';

const PostPatch = z.object({ title: z.string().min(3).max(140).optional(), body: z.string().max(10_000).optional() });

// expect: missing-auth
export const GET: RequestHandler = async ({ params }) => {
  const [post] = await db.select().from(posts).where(eq(posts.id, params.id));
  if (!post) error(404);
  return json(post);
};

// ok: missing-auth, missing-input-validation
export const PATCH: RequestHandler = async (event) => {
  requireUser(event);
  const patch = PostPatch.parse(await event.request.json());
  // expect: unscoped-tenant-query
  const [post] = await db.update(posts).set(patch).where(eq(posts.id, event.params.id)).returning();
  return json(post);
};

// ok: missing-auth
export const DELETE: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) error(401);
  // ok: unscoped-tenant-query
  await db.delete(posts).where(and(eq(posts.id, params.id), eq(posts.workspaceId, locals.user.workspaceId), eq(posts.authorId, locals.user.id)));
  return new Response(null, { status: 204 });
};
