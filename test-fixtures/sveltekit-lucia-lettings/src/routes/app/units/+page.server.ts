import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, units } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const propertyId = url.searchParams.get('propertyId') ?? '';
  // expect: unscoped-tenant-query
  const rows = await db.select().from(units).where(eq(units.propertyId, propertyId));
  return { units: rows };
};

export const actions: Actions = {
  // ok: missing-input-validation
  archive: async ({ request, locals }) => {
    const data = await request.formData();
    const id = data.get('id');
    if (typeof id !== 'string') return fail(400, { message: 'Missing unit' });
    // ok: unscoped-tenant-query
    await db.delete(units).where(and(eq(units.id, id), eq(units.orgId, locals.user!.orgId)));
    return { archived: true };
  },
};
