import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { projects } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// project picker for the browser extension
export const GET: RequestHandler = async ({ locals }) => {
  if (!locals.user) error(401);
  // expect: unscoped-tenant-query
  const rows = await db.select({ id: projects.id, name: projects.name }).from(projects).where(eq(projects.archived, false));
  return json(rows);
};
