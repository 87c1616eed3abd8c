import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { posts } from '$lib/server/db/schema';
import type { PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ params }) => {
  // ok: unscoped-tenant-query
  const post = await db.query.posts.findFirst({ where: and(eq(posts.slug, params.slug), eq(posts.published, true)) });
  if (!post) error(404, 'Post not found');
  return { post };
};
