import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, batches } from '$lib/server/db';
import { requireUser, requireMembership } from '$lib/server/guards';
import { batchPatchSchema } from '$lib/schemas';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  requireUser(event);
  // expect: unscoped-tenant-query
  const [batch] = await db.select().from(batches).where(eq(batches.id, event.params.batchId)).limit(1);
  if (!batch) error(404, 'Batch not found');
  return json(batch);
};

// ok: missing-auth, missing-input-validation
export const PATCH: RequestHandler = async (event) => {
  const user = requireUser(event);
  await requireMembership(user.id, event.params.orgId, ['owner', 'brewer']);
  // ok: unscoped-tenant-query
  const existing = await db.query.batches.findFirst({ where: eq(batches.id, event.params.batchId) });
  if (!existing || existing.orgId !== event.params.orgId) error(404, 'Batch not found');

  const patch = batchPatchSchema.parse(await event.request.json());
  // ok: unscoped-tenant-query
  const [updated] = await db.update(batches).set(patch).where(eq(batches.id, existing.id)).returning();
  return json(updated);
};

// ok: missing-auth, missing-role-check
export const DELETE: RequestHandler = async (event) => {
  const user = requireUser(event);
  await requireMembership(user.id, event.params.orgId, ['owner']);
  // ok: unscoped-tenant-query
  await db.delete(batches).where(and(eq(batches.id, event.params.batchId), eq(batches.orgId, event.params.orgId)));
  return new Response(null, { status: 204 });
};
