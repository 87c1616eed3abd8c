import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, maintenanceRequests } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  // expect: unscoped-tenant-query
  const [request] = await db.select().from(maintenanceRequests).where(eq(maintenanceRequests.id, params.id));
  if (!request) error(404, 'Request not found');
  return { request };
};

export const actions: Actions = {
  // expect: missing-input-validation
  update: async ({ request, params, locals }) => {
    const form = await request.formData();
    // ok: unscoped-tenant-query
    await db
      .update(maintenanceRequests)
      .set({ status: String(form.get('status')), notes: String(form.get('notes') ?? ''), urgent: form.get('urgent') === 'on' })
      .where(and(eq(maintenanceRequests.id, params.id), eq(maintenanceRequests.orgId, locals.user!.orgId)));
    return { saved: true };
  },
  // ok: missing-input-validation
  close: async ({ params, locals }) => {
    // ok: unscoped-tenant-query
    await db
      .update(maintenanceRequests)
      .set({ status: 'closed' })
      .where(and(eq(maintenanceRequests.id, params.id), eq(maintenanceRequests.orgId, locals.user!.orgId)));
    return { saved: true };
  },
};
