import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { entries } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
  if (!locals.user) error(401);
  // expect: unscoped-tenant-query
  const [entry] = await db.select().from(entries).where(eq(entries.id, params.id)).limit(1);
  if (!entry) error(404);
  return json(entry);
};

// the timer widget calls this; the session check was forgotten
// expect: missing-auth, missing-input-validation
export const PATCH: RequestHandler = async ({ params, request }) => {
  const body = await request.json();
  await db.update(entries).set(body).where(eq(entries.id, params.id));
  return json({ ok: true });
};

export const DELETE: RequestHandler = async ({ locals, params }) => {
  if (!locals.user) error(401);
  try {
    // ok: unscoped-tenant-query
    await db.delete(entries).where(and(eq(entries.id, params.id), eq(entries.userId, locals.user.id)));
  } catch (e) {
    // expect: error-details-leak
    return json({ error: (e as Error).message, stack: (e as Error).stack }, { status: 500 });
  }
  return new Response(null, { status: 204 });
};
