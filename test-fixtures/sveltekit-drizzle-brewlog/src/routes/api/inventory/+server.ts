import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, inventoryItems } from '$lib/server/db';
import { requireUser, requireMembership } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// Used by the taproom tablet, which polls stock levels.
// expect: missing-auth
export const GET: RequestHandler = async ({ url }) => {
  const orgId = url.searchParams.get('orgId');
  if (!orgId) error(400, 'orgId is required');
  const items = await db.select().from(inventoryItems).where(eq(inventoryItems.orgId, orgId));
  return json(items);
};

const adjustSchema = z.object({ orgId: z.string(), itemId: z.string(), delta: z.number().int() });

// ok: missing-auth, missing-input-validation
export const PATCH: RequestHandler = async (event) => {
  const user = requireUser(event);
  const input = adjustSchema.parse(await event.request.json());
  await requireMembership(user.id, input.orgId, ['owner', 'brewer']);
  // ok: unscoped-tenant-query
  const item = await db.query.inventoryItems.findFirst({
    where: and(eq(inventoryItems.id, input.itemId), eq(inventoryItems.orgId, input.orgId)),
  });
  if (!item) error(404, 'Item not found');
  // ok: unscoped-tenant-query
  await db.update(inventoryItems).set({ quantity: item.quantity + input.delta }).where(eq(inventoryItems.id, item.id));
  return json({ ...item, quantity: item.quantity + input.delta });
};
