import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { db } from '$lib/server/db';
import { assertRole, assertSignedIn } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const RoleForm = v.object({ userId: v.string(), role: v.picklist(['requester', 'approver', 'org_admin']) });

export const load: PageServerLoad = async ({ locals }) => {
  assertSignedIn(locals.user);
  // ok: unscoped-tenant-query
  const members = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role'])
    .where('organization_id', '=', locals.user.organizationId)
    .orderBy('name')
    .execute();
  return { members };
};

export const actions: Actions = {
  // expect: missing-role-check
  changeRole: async ({ locals, request }) => {
    assertSignedIn(locals.user);
    const parsed = v.safeParse(RoleForm, Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid role' });
    // ok: unscoped-tenant-query
    await db
      .updateTable('users')
      .set({ role: parsed.output.role })
      .where('id', '=', parsed.output.userId)
      .where('organization_id', '=', locals.user.organizationId)
      .execute();
    return { ok: true };
  },

  // ok: missing-role-check
  remove: async ({ locals, request }) => {
    assertRole(locals.user, 'org_admin');
    const userId = String((await request.formData()).get('userId'));
    if (userId === locals.user.id) return fail(400, { message: 'You cannot remove yourself' });
    // ok: unscoped-tenant-query
    await db.deleteFrom('users').where('id', '=', userId).where('organization_id', '=', locals.user.organizationId).execute();
    return { ok: true };
  },
};
