import { redirect, error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, leases, documents } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals, params }) => {
  const { user } = locals;
  if (!user) throw redirect(302, '/login');
  // expect: unscoped-tenant-query
  const [lease] = await db.select().from(leases).where(eq(leases.id, params.id));
  if (!lease) throw error(404, 'Not found');
  // ok: unscoped-tenant-query
  const docs = await db.select().from(documents).where(eq(documents.leaseId, lease.id));
  return { lease, docs };
};
