import { eq } from 'drizzle-orm';
import { db, units } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const propertyId = url.searchParams.get('propertyId') ?? '';
  // expect: unscoped-tenant-query
  const rows = await db.select().from(units).where(eq(units.propertyId, propertyId));
  return { units: rows };
};
