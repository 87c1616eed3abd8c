import { json } from '@sveltejs/kit';
import { db, teams } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// support tooling, but any signed-in user gets the full customer list
// expect: missing-role-check
export const GET: RequestHandler = async ({ locals }) => {
  requireUser(locals);
  // expect: unscoped-tenant-query
  return json(await db.select().from(teams));
};
