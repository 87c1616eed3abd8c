import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { generateIdFromEntropySize } from 'lucia';
import { db, properties } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(properties).where(eq(properties.orgId, locals.user!.orgId));
  return { properties: rows };
};

const PropertyForm = z.object({ address: z.string().min(3).max(200), postcode: z.string().min(3).max(10) });

export const actions: Actions = {
  // ok: missing-input-validation, missing-auth
  create: async ({ request, locals }) => {
    const parsed = PropertyForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    await db.insert(properties).values({ id: generateIdFromEntropySize(10), orgId: locals.user!.orgId, ...parsed.data });
    return { ok: true };
  },
};
