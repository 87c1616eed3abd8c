import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, events } from '$lib/server/db';
import type { RequestHandler } from './$types';

// the hooks' teamApiGuard answers 401 for anonymous requests to /api/team/*
// ok: missing-auth
export const GET: RequestHandler = async ({ locals }) => {
  const user = locals.user!;
  // ok: unscoped-tenant-query
  return json(await db.select().from(events).where(eq(events.teamId, user.teamId)));
};

// ok: missing-auth
// expect: missing-input-validation
export const POST: RequestHandler = async ({ locals, request }) => {
  const body = await request.json();
  const [created] = await db
    .insert(events)
    .values({ ...body, teamId: locals.user!.teamId, startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) })
    .returning();
  return json(created, { status: 201 });
};
