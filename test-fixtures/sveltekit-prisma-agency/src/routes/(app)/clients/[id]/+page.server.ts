import { error, redirect } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({
    where: { id: params.id, agencyId: locals.user!.agencyId },
    include: { projects: true },
  });
  if (!client) error(404, 'Client not found');
  return { client };
};

export const actions: Actions = {
  // expect: missing-input-validation
  rename: async ({ params, request }) => {
    const form = await request.formData();
    // expect: unscoped-tenant-query
    await prisma.client.update({
      where: { id: params.id },
      data: { name: String(form.get('name')), contact: form.get('contact') as string | null },
    });
    return { saved: true };
  },

  remove: async ({ params, locals }) => {
    const client = await prisma.client.findFirst({ where: { id: params.id, agencyId: locals.user!.agencyId } });
    if (!client) error(404, 'Client not found');
    // ok: unscoped-tenant-query
    await prisma.client.delete({ where: { id: client.id } });
    redirect(303, '/clients');
  },
};
