import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { generateIdFromEntropySize } from 'lucia';
import { db, leases } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ locals }) => {
  if (!locals.user) error(401, 'Sign in first');
  // ok: unscoped-tenant-query
  const rows = await db.select().from(leases).where(eq(leases.orgId, locals.user.orgId));
  return json(rows);
};

const NewLease = z.object({
  orgId: z.string(),
  unitId: z.string(),
  renterName: z.string().min(1).max(120),
  renterEmail: z.string().email(),
  startsOn: z.coerce.date(),
});

// expect: missing-auth
export const POST: RequestHandler = async ({ request }) => {
  const body = NewLease.parse(await request.json());
  const id = generateIdFromEntropySize(10);
  await db.insert(leases).values({ id, ...body });
  return json({ id }, { status: 201 });
};
