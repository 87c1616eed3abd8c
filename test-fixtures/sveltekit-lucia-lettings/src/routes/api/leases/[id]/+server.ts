import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, leases } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) error(401, 'Sign in first');
  // expect: unscoped-tenant-query
  const [lease] = await db.select().from(leases).where(eq(leases.id, params.id));
  if (!lease) error(404, 'Not found');
  return json(lease);
};

export const DELETE: RequestHandler = async ({ params, locals }) => {
  const user = locals.user;
  if (!user) error(401, 'Sign in first');
  // ok: unscoped-tenant-query
  const [lease] = await db.select().from(leases).where(eq(leases.id, params.id));
  if (!lease || lease.orgId !== user.orgId) error(404, 'Not found');
  // ok: unscoped-tenant-query
  await db.delete(leases).where(eq(leases.id, lease.id));
  return new Response(null, { status: 204 });
};
