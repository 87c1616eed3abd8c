import { fail, redirect } from '@sveltejs/kit';
import { superValidate, message } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

const requestSchema = z.object({
  title: z.string().min(3).max(200),
  amountCents: z.number().int().min(1),
  vendorId: z.string().optional(),
});

export const load: PageServerLoad = async ({ locals: { user } }) => {
  if (!user) redirect(303, '/login');
  // ok: unscoped-tenant-query
  const vendors = await db.selectFrom('vendors').select(['id', 'name']).where('organization_id', '=', user.organizationId).execute();
  return { form: await superValidate(zod(requestSchema)), vendors };
};

export const actions = {
  // ok: missing-input-validation
  default: async ({ request, locals: { user } }) => {
    if (!user) redirect(303, '/login');
    const form = await superValidate(request, zod(requestSchema));
    if (!form.valid) return fail(400, { form });
    await db
      .insertInto('purchase_requests')
      .values({ id: crypto.randomUUID(), organization_id: user.organizationId, requester_id: user.id, vendor_id: form.data.vendorId ?? null, title: form.data.title, amount_cents: form.data.amountCents, status: 'pending' })
      .execute();
    return message(form, 'Request submitted');
  },
} satisfies Actions;
