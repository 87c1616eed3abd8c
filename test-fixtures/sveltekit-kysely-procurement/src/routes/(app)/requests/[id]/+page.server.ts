import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { db } from '$lib/server/db';
import { assertSignedIn, canApprove } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const CommentForm = v.object({ body: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)) });

export const load: PageServerLoad = async ({ params, locals }) => {
  assertSignedIn(locals.user);
  // ok: unscoped-tenant-query
  const request = await db
    .selectFrom('purchase_requests')
    .selectAll()
    .where('id', '=', params.id)
    .where('organization_id', '=', locals.user.organizationId)
    .executeTakeFirst();
  if (!request) error(404, 'Request not found');
  // ok: unscoped-tenant-query
  const comments = await db.selectFrom('comments').selectAll().where('request_id', '=', request.id).execute();
  return { request, comments, canApprove: canApprove(locals.user) };
};

export const actions: Actions = {
  approve: async ({ params, locals }) => {
    assertSignedIn(locals.user);
    if (!canApprove(locals.user)) return fail(403, { message: 'Only approvers can approve requests' });
    // ok: unscoped-tenant-query
    await db
      .updateTable('purchase_requests')
      .set({ status: 'approved' })
      .where('id', '=', params.id)
      .where('organization_id', '=', locals.user.organizationId)
      .execute();
    return { ok: true };
  },

  // ok: missing-input-validation
  comment: async ({ params, locals, request }) => {
    assertSignedIn(locals.user);
    const parsed = v.safeParse(CommentForm, Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Comment cannot be empty' });
    // ok: unscoped-tenant-query
    const pr = await db.selectFrom('purchase_requests').select(['id', 'organization_id']).where('id', '=', params.id).executeTakeFirst();
    if (!pr || pr.organization_id !== locals.user.organizationId) error(404, 'Request not found');
    await db.insertInto('comments').values({ id: crypto.randomUUID(), request_id: pr.id, author_id: locals.user.id, body: parsed.output.body }).execute();
    return { ok: true };
  },

  cancel: async ({ params, locals }) => {
    assertSignedIn(locals.user);
    // expect: unscoped-tenant-query
    await db.updateTable('purchase_requests').set({ status: 'rejected' }).where('id', '=', params.id).where('status', '=', 'pending').execute();
    return { ok: true };
  },
};
