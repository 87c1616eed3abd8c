import { error, json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  requireUser(event);
  // expect: unscoped-tenant-query
  const post = await db.query.posts.findFirst({ where: (p, { eq }) => eq(p.id, event.params.id), with: { comments: true } });
  if (!post) error(404);
  return json(post);
};
