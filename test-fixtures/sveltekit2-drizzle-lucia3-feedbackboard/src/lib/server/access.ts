import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, posts } from './db';

export async function assertPostInWorkspace(user: { workspaceId: string }, postId: string) {
  const [post] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.workspaceId, user.workspaceId)));
  if (!post) error(404, 'Post not found');
  return post;
}
