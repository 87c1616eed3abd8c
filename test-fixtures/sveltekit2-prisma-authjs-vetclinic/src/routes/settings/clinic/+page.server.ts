import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import type { Actions, PageServerLoad } from './$types';

// The layout redirects anonymous visitors, but its load does not run before this page's actions.
// expect: missing-auth
export const load: PageServerLoad = async ({ url }) => {
  const clinic = await prisma.clinic.findUnique({ where: { id: url.searchParams.get('clinic') ?? '' } });
  return { clinic };
};

const Rename = z.object({ clinicId: z.string().cuid(), name: z.string().min(2).max(80) });

export const actions: Actions = {
  // expect: missing-auth
  rename: async ({ request }) => {
    const parsed = Rename.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid name' });
    await prisma.clinic.update({ where: { id: parsed.data.clinicId }, data: { name: parsed.data.name } });
    return { ok: true };
  },
};
