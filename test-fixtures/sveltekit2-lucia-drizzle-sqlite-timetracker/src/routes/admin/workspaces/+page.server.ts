import { db } from '$lib/server/db';
import { workspaces } from '$lib/server/db/schema';
import type { PageServerLoad } from './$types';

// runs in parallel with the admin layout's load, which does not protect it
// expect: missing-auth
export const load: PageServerLoad = async () => {
  const all = await db.select().from(workspaces);
  return { workspaces: all };
};
