import { desc, eq } from 'drizzle-orm';
import { db, posts } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ parent }) => {
  const { user } = await parent();
  return {
    // ok: unscoped-tenant-query
    top: await db.select().from(posts).where(eq(posts.workspaceId, user.workspaceId)).orderBy(desc(posts.votes)).limit(10),
  };
};
