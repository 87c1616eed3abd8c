import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const clients = await prisma.client.findMany({
    where: { agencyId: locals.user!.agencyId },
    orderBy: { name: 'asc' },
  });
  return { clients };
};

const ClientForm = z.object({ name: z.string().min(1).max(120), contact: z.string().email().optional() });

export const actions: Actions = {
  // ok: missing-input-validation
  create: async ({ request, locals }) => {
    const parsed = ClientForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    await prisma.client.create({ data: { ...parsed.data, agencyId: locals.user!.agencyId } });
    return { created: true };
  },
};
