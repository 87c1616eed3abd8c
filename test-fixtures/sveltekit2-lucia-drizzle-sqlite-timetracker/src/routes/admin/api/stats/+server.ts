import { error, json } from '@sveltejs/kit';
import { count } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { entries, users, workspaces } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// endpoints do not run the admin layout's load: the check is repeated here
// ok: missing-auth, missing-role-check
export const GET: RequestHandler = async ({ locals }) => {
  if (!locals.user) error(401);
  if (!locals.user.isAdmin) error(403);
  const [[u], [w], [e]] = await Promise.all([
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(workspaces),
    db.select({ n: count() }).from(entries),
  ]);
  return json({ users: u.n, workspaces: w.n, entries: e.n });
};
