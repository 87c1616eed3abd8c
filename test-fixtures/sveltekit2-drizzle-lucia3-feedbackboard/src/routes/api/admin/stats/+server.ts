import { json } from '@sveltejs/kit';
import { count, eq } from 'drizzle-orm';
import { db, posts, users } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import type { RequestHandler } from './$types';

// ok: missing-auth
// expect: missing-role-check
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  const [{ n: memberCount }] = await db.select({ n: count() }).from(users).where(eq(users.workspaceId, user.workspaceId));
  const [{ n: postCount }] = await db.select({ n: count() }).from(posts).where(eq(posts.workspaceId, user.workspaceId));
  return json({ memberCount, postCount });
};
