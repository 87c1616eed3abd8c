import { desc } from 'drizzle-orm';
import { db, invoices } from '$lib/server/db';
import { requireRole } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

// each user belongs to one team: an owner is that team's owner, not the platform's
// ok: missing-role-check
export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, 'owner');
  // expect: unscoped-tenant-query
  const recent = await db.select().from(invoices).orderBy(desc(invoices.amountCents)).limit(100);
  return { recent };
};
