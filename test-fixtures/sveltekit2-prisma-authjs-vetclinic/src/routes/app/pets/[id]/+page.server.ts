import { error, fail, redirect } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async (event) => {
  const user = await requireStaff(event);
  // ok: unscoped-tenant-query
  const pet = await prisma.pet.findFirst({
    where: { id: event.params.id, clinicId: user.clinicId },
    include: { owner: true, appointments: { orderBy: { startsAt: 'desc' }, take: 20 } },
  });
  if (!pet) error(404, 'Not found');
  return { pet };
};

export const actions: Actions = {
  // expect: missing-input-validation
  saveNotes: async (event) => {
    await requireStaff(event);
    const form = await event.request.formData();
    const notes = String(form.get('notes') ?? '');
    // expect: unscoped-tenant-query
    await prisma.pet.update({ where: { id: event.params.id }, data: { notes } });
    return { saved: true };
  },

  // /app/* is guarded by the handle hook; the session is only read here for the clinic id.
  // ok: missing-auth
  remove: async ({ locals, params }) => {
    const session = await locals.auth();
    const clinicId = (session?.user as { clinicId?: string } | undefined)?.clinicId;
    if (!clinicId) return fail(400, { message: 'No clinic' });
    // ok: unscoped-tenant-query
    await prisma.pet.deleteMany({ where: { id: params.id, clinicId } });
    redirect(303, '/app/pets');
  },
};
