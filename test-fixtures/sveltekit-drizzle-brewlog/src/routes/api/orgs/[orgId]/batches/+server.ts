import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, batches } from '$lib/server/db';
import { requireUser, requireMembership } from '$lib/server/guards';
import { batchSchema } from '$lib/schemas';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  await requireMembership(user.id, event.params.orgId);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(batches).where(eq(batches.orgId, event.params.orgId));
  return json(rows);
};

// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = requireUser(event);
  await requireMembership(user.id, event.params.orgId, ['owner', 'brewer']);
  const parsed = batchSchema.safeParse(await event.request.json());
  if (!parsed.success) return json({ errors: parsed.error.flatten() }, { status: 400 });
  try {
    const [batch] = await db
      .insert(batches)
      .values({ id: crypto.randomUUID(), orgId: event.params.orgId, createdBy: user.id, ...parsed.data })
      .returning();
    return json(batch, { status: 201 });
  } catch (err) {
    // expect: error-details-leak
    return json({ error: 'Could not create batch', detail: String(err) }, { status: 500 });
  }
};
