import { error, json } from '@sveltejs/kit';
import { and, eq, sql } from 'drizzle-orm';
import { db, posts, votes } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const POST: RequestHandler = async ({ params, locals }) => {
  const user = locals.user;
  if (!user) error(401, 'Sign in to vote');
  // ok: unscoped-tenant-query
  const [post] = await db.select().from(posts).where(and(eq(posts.id, params.id), eq(posts.workspaceId, user.workspaceId)));
  if (!post) error(404);
  const inserted = await db.insert(votes).values({ postId: post.id, userId: user.id }).onConflictDoNothing().returning();
  if (inserted.length) {
    await db.update(posts).set({ votes: sql`${posts.votes} + 1` }).where(eq(posts.id, post.id));
  }
  return json({ voted: true });
};
