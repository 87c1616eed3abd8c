import { desc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { posts } from '$lib/server/db/schema';
import type { PageServerLoad } from './$types';

// the landing page: the latest published posts from the marketing blog
// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  const latest = await db
    .select({ slug: posts.slug, title: posts.title })
    .from(posts)
    .where(eq(posts.published, true))
    .orderBy(desc(posts.id))
    .limit(3);
  return { latest, signedIn: !!locals.user };
};
