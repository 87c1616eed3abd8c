import { error, fail, redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { clients, invoices } from '$lib/server/db/schema';
import { requireMember, requireWorkspaceAdmin } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals, params }) => {
  await requireMember(locals, params.workspaceId);
  // ok: unscoped-tenant-query
  const client = await db.query.clients.findFirst({
    where: and(eq(clients.id, params.clientId), eq(clients.workspaceId, params.workspaceId)),
  });
  if (!client) error(404, 'Client not found');
  // ok: unscoped-tenant-query
  const history = await db.select().from(invoices).where(eq(invoices.clientId, client.id));
  return { client, invoices: history };
};

export const actions: Actions = {
  // ok: missing-auth
  // expect: missing-input-validation
  update: async ({ locals, params, request }) => {
    await requireMember(locals, params.workspaceId);
    const values = Object.fromEntries(await request.formData());
    if (!values.name) return fail(400, { message: 'Name is required' });
    // ok: unscoped-tenant-query
    await db
      .update(clients)
      .set(values)
      .where(and(eq(clients.id, params.clientId), eq(clients.workspaceId, params.workspaceId)));
    return { saved: true };
  },

  // expect: missing-auth
  archive: async ({ params }) => {
    await db
      .update(clients)
      .set({ archived: true })
      .where(and(eq(clients.id, params.clientId), eq(clients.workspaceId, params.workspaceId)));
    redirect(303, `/w/${params.workspaceId}/clients`);
  },

  // ok: missing-auth, missing-role-check
  delete: async ({ locals, params }) => {
    const { membership } = await requireMember(locals, params.workspaceId);
    requireWorkspaceAdmin(membership);
    // ok: unscoped-tenant-query
    await db.delete(clients).where(and(eq(clients.id, params.clientId), eq(clients.workspaceId, params.workspaceId)));
    redirect(303, `/w/${params.workspaceId}/clients`);
  },
};
