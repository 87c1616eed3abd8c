import { error, fail, redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, properties, units } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  // ok: unscoped-tenant-query
  const [property] = await db.select().from(properties).where(and(eq(properties.id, params.id), eq(properties.orgId, locals.user!.orgId)));
  if (!property) error(404, 'Property not found');
  // ok: unscoped-tenant-query
  const unitRows = await db.select().from(units).where(eq(units.propertyId, property.id));
  return { property, units: unitRows };
};

const RenameUnit = z.object({ unitId: z.string().min(1), label: z.string().trim().min(1).max(40) });

export const actions: Actions = {
  remove: async ({ params, locals }) => {
    if (locals.user!.role === 'agent') return fail(403, { message: 'Managers only' });
    // expect: unscoped-tenant-query
    await db.delete(properties).where(eq(properties.id, params.id));
    redirect(303, '/app/properties');
  },
  // ok: missing-input-validation
  renameUnit: async ({ request, locals }) => {
    const parsed = RenameUnit.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Label must be 1-40 characters' });
    const { unitId, label } = parsed.data;
    try {
      // ok: unscoped-tenant-query
      await db.update(units).set({ label }).where(and(eq(units.id, unitId), eq(units.orgId, locals.user!.orgId)));
    } catch (e) {
      // expect: error-details-leak
      return fail(500, { message: (e as Error).message });
    }
    return { ok: true };
  },
};
