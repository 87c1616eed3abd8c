import { fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { assertRole, assertSignedIn } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

// (the layout's role check does not run for this load or these actions)
// expect: missing-role-check
export const load: PageServerLoad = async ({ locals }) => {
  assertSignedIn(locals.user);
  // ok: unscoped-tenant-query
  const vendors = await db.selectFrom('vendors').selectAll().where('organization_id', '=', locals.user.organizationId).execute();
  return { vendors };
};

export const actions: Actions = {
  // ok: missing-role-check
  archive: async ({ locals, request }) => {
    assertRole(locals.user, 'org_admin');
    const vendorId = String((await request.formData()).get('vendorId') ?? '');
    // ok: unscoped-tenant-query
    const removed = await db.deleteFrom('vendors').where('id', '=', vendorId).where('organization_id', '=', locals.user.organizationId).executeTakeFirst();
    if (!removed.numDeletedRows) return fail(404, { message: 'Vendor not found' });
    return { ok: true };
  },

  // expect: missing-role-check, missing-input-validation
  rename: async ({ locals, request }) => {
    assertSignedIn(locals.user);
    const form = await request.formData();
    // expect: unscoped-tenant-query
    await db.updateTable('vendors').set({ name: String(form.get('name')) }).where('id', '=', String(form.get('vendorId'))).execute();
    return { ok: true };
  },
};
