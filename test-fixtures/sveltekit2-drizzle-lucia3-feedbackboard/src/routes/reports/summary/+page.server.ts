import { desc, eq } from 'drizzle-orm';
import { db, posts } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// expect: missing-auth
export const load: PageServerLoad = async ({ url }) => {
  const workspaceId = url.searchParams.get('ws') ?? '';
  return {
    latest: await db.select().from(posts).where(eq(posts.workspaceId, workspaceId)).orderBy(desc(posts.createdAt)).limit(25),
  };
};
