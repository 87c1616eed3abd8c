import { fail } from '@sveltejs/kit';
import { and, desc, eq } from 'drizzle-orm';
import { superValidate } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { db, batches, recipes } from '$lib/server/db';
import { requireMembership } from '$lib/server/guards';
import { batchSchema } from '$lib/schemas';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals, params }) => {
  await requireMembership(locals.user!.id, params.orgId);
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(batches)
    .where(eq(batches.orgId, params.orgId))
    .orderBy(desc(batches.brewedAt));
  // ok: unscoped-tenant-query
  const recipeOptions = await db.select({ id: recipes.id, name: recipes.name }).from(recipes).where(eq(recipes.orgId, params.orgId));
  return { batches: rows, recipes: recipeOptions, form: await superValidate(zod(batchSchema)) };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation, unscoped-tenant-query
  create: async ({ request, locals, params }) => {
    await requireMembership(locals.user!.id, params.orgId, ['owner', 'brewer']);
    const form = await superValidate(request, zod(batchSchema));
    if (!form.valid) return fail(400, { form });
    try {
      await db.insert(batches).values({
        id: crypto.randomUUID(),
        orgId: params.orgId,
        createdBy: locals.user!.id,
        ...form.data,
      });
    } catch (err) {
      // expect: error-details-leak
      return fail(500, { form, message: (err as Error).message });
    }
    return { form };
  },

  // ok: missing-auth, missing-input-validation
  archive: async ({ request, locals, params }) => {
    await requireMembership(locals.user!.id, params.orgId, ['owner', 'brewer']);
    const data = await request.formData();
    const batchId = String(data.get('batchId'));
    // expect: unscoped-tenant-query
    await db.update(batches).set({ status: 'archived' }).where(eq(batches.id, batchId));
    return { archived: batchId };
  },
};
